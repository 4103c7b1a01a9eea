package org.cscrules.core.law;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;


/**
 * Every timescale of the procedure, T0 to T14: the one place each length lives,
 * with the event that starts it and the provision it comes from. Where the law leaves a length to
 * the council (T0, the T2 extension cap, T4, T7, T8), {@code LocalPolicy} may change it, and a
 * deadline computed from a changed length says so.
 */
public enum Timescale implements Cited {

    /** T0: acknowledge receipt. No statutory period for children's complaints; councils use 2, 3 or 5. */
    T0_ACKNOWLEDGEMENT("Acknowledge receipt", "receipt of the complaint", PeriodUnit.WORKING_DAYS, 3, 0,
            localPolicy(unverified("{setting-acknowledgement-working-days}"))),
    /** T1: decide whether a discretionary complainant has sufficient interest: "as soon as possible". */
    T1_SUFFICIENT_INTEREST_DECISION("Decide sufficient interest", "receipt of the representations",
            PeriodUnit.NO_FIXED_PERIOD, 0, 0, statute(secondary("{si2006-reg12}"))),
    /** T2: stage 1 (local resolution) response: 10 working days, extendable to at most 20. */
    T2_STAGE_1_RESPONSE("Stage 1 response", "receipt of the complaint (the start date)", PeriodUnit.WORKING_DAYS, 10, 20,
            statute(secondary("{si2006-reg14}"))),
    /** T3: write to the complainant with the agreed terms of resolution. */
    T3_TERMS_OF_RESOLUTION("Terms of resolution in writing", "end of local resolution", PeriodUnit.NO_FIXED_PERIOD, 0, 0,
            statute(secondary("{si2006-reg15}(1)"))),
    /** T4: the complainant asks for stage 2: 20 working days is the usual window (the figure is not statutory text). */
    T4_STAGE_2_REQUEST("Ask for stage 2", "receipt of the stage 1 response", PeriodUnit.WORKING_DAYS, 20, 0,
            localPolicy(unverified("{si2006-reg15}(2); {setting-stage-2-request-window-working-days}"))),
    /** T5: the written record or statement of complaint for stage 2. */
    T5_STATEMENT_OF_COMPLAINT("Statement of complaint", "request for stage 2", PeriodUnit.NO_FIXED_PERIOD, 0, 0,
            statute(secondary("{si2006-reg16}"))),
    /** T6: stage 2 (investigation) response: 25 working days, extendable with written reasons to at most 65. */
    T6_STAGE_2_RESPONSE("Stage 2 response", "request for stage 2, or agreement of the statement of complaint",
            PeriodUnit.WORKING_DAYS, 25, 65, statute(secondary("{si2006-reg17}"))),
    /** T7: the council's adjudication on the stage 2 reports: no fixed period, usually inside T6. */
    T7_STAGE_2_ADJUDICATION("Stage 2 adjudication", "receipt of the investigating officer's report",
            PeriodUnit.NO_FIXED_PERIOD, 0, 0, localPolicy(unverified("{setting-adjudication-target-working-days}"))),
    /** T8: the complainant asks for a review panel: 20 working days. */
    T8_STAGE_3_REQUEST("Ask for a review panel", "receipt of the stage 2 response", PeriodUnit.WORKING_DAYS, 20, 0,
            localPolicy(unverified("{si2006-reg18}; {setting-stage-3-request-window-working-days}"))),
    /** T9: the review panel meets within 30 working days of the council receiving the request. */
    T9_REVIEW_PANEL("Review panel meets", "receipt of the request for a review panel", PeriodUnit.WORKING_DAYS, 30, 0,
            statute(verified("{si2006-reg19}(4)"))),
    /** T10: the panel's report within 5 working days of the meeting, "or as soon as reasonably practicable". */
    T10_PANEL_REPORT("Panel report", "the panel meeting", PeriodUnit.WORKING_DAYS, 5, 0,
            statute(secondary("{si2006-reg20}"))),
    /** T11: the council's final response within 15 working days of receiving the panel's report. */
    T11_FINAL_RESPONSE("Final response", "receipt of the panel's report", PeriodUnit.WORKING_DAYS, 15, 0,
            statute(secondary("{si2006-reg20}(3)"))),
    /** T12: complaint to the Ombudsman within 12 months of first having notice of the matter. */
    T12_OMBUDSMAN_TIME_LIMIT("Complain to the Ombudsman", "first notice of the matter", PeriodUnit.MONTHS, 12, 0,
            statute(verified("{lga1974-s26b}"))),
    /**
     * T13: the Ombudsman's "premature" test: a reasonable opportunity for the council (s26(5)),
     * which the library reads as about 12 weeks where no statutory limit applies; the twelve weeks
     * were not seen in any source, so this is a reading, marked as such.
     */
    T13_OMBUDSMAN_PREMATURE("Council's reasonable opportunity", "the matter raised with the council", PeriodUnit.WEEKS, 12, 0,
            localPolicy(unverified("{lga1974-s26}(5); {lgsco-25-022-926}"))),
    /** T14: the time limit for complaining to the council: one year after the grounds arose. */
    T14_COMPLAINT_TIME_LIMIT("Complaint time limit", "the grounds to make the representations arose", PeriodUnit.MONTHS, 12, 0,
            statute(secondary("{si2006-reg9}; {gbc-late-complaints}")));

    private final String what;
    private final String trigger;
    private final PeriodUnit unit;
    private final int length;
    private final int extendedMaximum;
    private final Provision provision;

    Timescale(String what, String trigger, PeriodUnit unit, int length, int extendedMaximum, Provision provision) {
        this.what = what;
        this.trigger = trigger;
        this.unit = unit;
        this.length = length;
        this.extendedMaximum = extendedMaximum;
        this.provision = provision;
    }

    /**
     * What must happen, e.g. "Stage 1 response".
     *
     * @return a short heading in plain English; never null
     */
    public String what() {
        return what;
    }

    /**
     * The event that starts the clock, in words.
     *
     * @return the trigger, e.g. "receipt of the complaint (the start date)"; never null
     */
    public String trigger() {
        return trigger;
    }

    /**
     * The unit the length is counted in.
     *
     * @return the unit; {@link PeriodUnit#NO_FIXED_PERIOD} where the law sets no length
     */
    public PeriodUnit unit() {
        return unit;
    }

    /**
     * The length in {@link #unit()}; 0 when there is no fixed period. For T0 the suggested local
     * default. Where a council's policy sets its own length (T0, T4, T8), {@link org.cscrules.core.timescale.Deadlines} counts
     * that instead.
     *
     * @return the table's length in {@link #unit()}, 0 or more
     */
    public int length() {
        return length;
    }

    /**
     * Whether the period may be extended.
     *
     * @return true for T2 (stage 1) and T6 (stage 2)
     */
    public boolean isExtendable() {
        return extendedMaximum > 0;
    }

    /**
     * The longest the period may be extended to, in {@link #unit()}; 0 when it cannot be extended.
     * A council may set a lower cap at stage 1 ({@code LocalPolicy.stage1ExtensionMaximumWorkingDays}).
     *
     * @return the statutory maximum, 0 or more
     */
    public int extendedMaximum() {
        return extendedMaximum;
    }

    /**
     * Whether the period is the complainant's, not the council's: the windows to ask for stage 2
     * (T4) and for a review panel (T8), and the time to go to the Ombudsman (T12). Its passing
     * closes a window; it is no breach by the council.
     *
     * @return true for {@link #T4_STAGE_2_REQUEST}, {@link #T8_STAGE_3_REQUEST} and {@link
     *     #T12_OMBUDSMAN_TIME_LIMIT}
     */
    public boolean isComplainantWindow() {
        return this == T4_STAGE_2_REQUEST || this == T8_STAGE_3_REQUEST || this == T12_OMBUDSMAN_TIME_LIMIT;
    }

    /**
     * Whether the period has a fixed length a deadline can be computed from.
     *
     * @return false when the unit is {@link PeriodUnit#NO_FIXED_PERIOD}
     */
    public boolean hasFixedPeriod() {
        return unit != PeriodUnit.NO_FIXED_PERIOD;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
