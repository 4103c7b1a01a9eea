package org.cscrules.core.process;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.procedure;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;
import org.jspecify.annotations.Nullable;

/**
 * What can happen to a complaint, in the order of the procedure. An event either moves the
 * complaint to the stage it enters ({@link Stage#enteredBy()}) or is recorded within its stage
 * (extensions, the statement of complaint, the investigation report).
 */
public enum EventType implements Cited {
    /** Stage 1 is extended, with a reason, to at most 20 working days (reg. 14; the condition is the council's setting). */
    STAGE_1_EXTENDED(statute(secondary("{si2006-reg14}"))),
    /** The council sends its stage 1 response (reg. 14). */
    STAGE_1_RESPONSE_SENT(statute(secondary("{si2006-reg14}"))),
    /** The complainant asks for stage 2 (reg. 15(2)). */
    STAGE_2_REQUESTED(statute(secondary("{si2006-reg15}(2)"))),
    /**
     * A fresh stage 2 investigation begins after an earlier one, as the Ombudsman often recommends
     * after a defective one: the earlier attempt is kept in the history ({@link EarlierAttempt})
     * and the fresh one runs from this day, with a reason.
     */
    STAGE_2_REOPENED(procedure(unverified("{procedure-reopening}; {si2006-reg17}"))),
    /** The statement of complaint (reg. 16 record) is agreed; it may start the stage 2 clock. */
    STATEMENT_OF_COMPLAINT_AGREED(statute(secondary("{si2006-reg16}"))),
    /**
     * The independent person is appointed to take part in the stage 2 consideration and in any
     * discussion about the action to take (Children Act 1989 s26(4); reg. 17(2)).
     */
    INDEPENDENT_PERSON_APPOINTED(statute(secondary("{ca1989-s26}(4); {si2006-reg17}"))),
    /** The independent person's report reaches the council (reg. 17). */
    INDEPENDENT_PERSON_REPORT_RECEIVED(statute(secondary("{si2006-reg17}"))),
    /** Stage 2 is extended, with written reasons, to at most 65 working days (reg. 17). */
    STAGE_2_EXTENDED(statute(secondary("{si2006-reg17}"))),
    /** The investigating officer's report reaches the council (T7). */
    INVESTIGATION_REPORT_RECEIVED(statute(secondary("{si2006-reg17}"))),
    /** The council sends its stage 2 response (adjudication) (reg. 17). */
    STAGE_2_RESPONSE_SENT(statute(secondary("{si2006-reg17}"))),
    /** The complainant asks for a review panel (reg. 18). */
    STAGE_3_REQUESTED(statute(secondary("{si2006-reg18}, {si2006-reg19}(1)"))),
    /**
     * A fresh review panel is convened after an earlier one, with a reason: the earlier attempt is
     * kept in the history ({@link EarlierAttempt}) and the panel's 30 working days run from this day.
     */
    STAGE_3_REOPENED(procedure(unverified("{procedure-reopening}; {si2006-reg19}(4)"))),
    /** The review panel meets (reg. 19). */
    PANEL_HELD(statute(verified("{si2006-reg19}(4)"))),
    /** The panel's report reaches the council (reg. 20). */
    PANEL_REPORT_RECEIVED(statute(secondary("{si2006-reg20}"))),
    /** The council sends its final response (reg. 20(3)). */
    FINAL_RESPONSE_SENT(statute(secondary("{si2006-reg20}(3)"))),
    /**
     * The council decides not to consider the whole complaint for now, because that might
     * prejudice concurrent proceedings, with its written reason (reg. 8): the deadlines it must
     * keep pause until consideration resumes.
     */
    CONSIDERATION_SUSPENDED(statute(secondary("{si2006-reg8}"))),
    /**
     * The council decides not to consider part of the complaint for now, for the same reason and
     * with its written reason (reg. 8): the deadlines run on for the rest.
     */
    CONSIDERATION_PARTLY_SUSPENDED(statute(secondary("{si2006-reg8}"))),
    /** Consideration suspended under reg. 8 resumes: paused deadlines run on with the working days they had left. */
    CONSIDERATION_RESUMED(statute(secondary("{si2006-reg8}; {procedure-suspension}"))),
    /**
     * The council declines, with its reasons, a request for stage 2 or 3 that was its to decide:
     * a late one or, where its policy gatekeeps, any.
     */
    REQUEST_DECLINED(localPolicy(unverified("{setting-gatekeeping}; {setting-stage-2-request-window-working-days}; {setting-stage-3-request-window-working-days}"))),
    /** The complainant withdraws the complaint. */
    WITHDRAWN(procedure(unverified("{procedure-withdrawal}"))),
    /** The complaint is resolved by agreement (reg. 15(1)). */
    RESOLVED(procedure(secondary("{si2006-reg15}(1); {procedure-resolution}"))),
    /**
     * The complaint goes to the Ombudsman (Local Government Act 1974 s26): at any time, premature
     * before the council's procedure is complete (s26(5)).
     */
    REFERRED_TO_OMBUDSMAN(statute(verified("{lga1974-s26}")));

    private final Provision provision;

    EventType(Provision provision) {
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }

    /**
     * Whether the event extends a period, and so carries the new length and a reason.
     *
     * @return true for {@link #STAGE_1_EXTENDED} and {@link #STAGE_2_EXTENDED}
     */
    public boolean isExtension() {
        return this == STAGE_1_EXTENDED || this == STAGE_2_EXTENDED;
    }

    /**
     * Whether the event is one that can end the complaint in the council's procedure: a decline, a
     * withdrawal or a resolution, which always do, and a referral to the Ombudsman, which does
     * unless it is premature (then the process records it and the complaint goes on: whether it is
     * premature is the process's ruling, not the event type's).
     *
     * @return true for {@link #REQUEST_DECLINED}, {@link #WITHDRAWN}, {@link #RESOLVED} and {@link #REFERRED_TO_OMBUDSMAN}
     */
    public boolean isEnding() {
        return this == REQUEST_DECLINED || this == WITHDRAWN || this == RESOLVED || this == REFERRED_TO_OMBUDSMAN;
    }

    /**
     * Whether the event is a response that opens the complainant's window to ask for the next stage (T4, T8).
     *
     * @return true for {@link #STAGE_1_RESPONSE_SENT} and {@link #STAGE_2_RESPONSE_SENT}
     */
    public boolean opensWindow() {
        return this == STAGE_1_RESPONSE_SENT || this == STAGE_2_RESPONSE_SENT;
    }

    /**
     * Whether the event carries a reason for the complainant: an extension, a decline, a suspension or a re-opening.
     *
     * @return true when a {@link ProcessEvent} of this type must give its {@link ProcessEvent#reason()}
     */
    public boolean needsReason() {
        return isExtension() || this == REQUEST_DECLINED || isSuspension() || isReopening();
    }

    /**
     * Whether the event suspends consideration under reg. 8, in whole or in part.
     *
     * @return true for {@link #CONSIDERATION_SUSPENDED} and {@link #CONSIDERATION_PARTLY_SUSPENDED}
     */
    public boolean isSuspension() {
        return this == CONSIDERATION_SUSPENDED || this == CONSIDERATION_PARTLY_SUSPENDED;
    }

    /**
     * Whether the event begins a fresh stage 2 or review panel after an earlier one.
     *
     * @return true for {@link #STAGE_2_REOPENED} and {@link #STAGE_3_REOPENED}
     */
    public boolean isReopening() {
        return this == STAGE_2_REOPENED || this == STAGE_3_REOPENED;
    }

    /**
     * Whether the event can happen more than once: extensions, referrals to the Ombudsman,
     * suspensions and resumptions, and re-openings. A complaint's state keeps the latest date of
     * such an event.
     *
     * @return true when the event may happen again in the same complaint
     */
    public boolean canRecur() {
        return isExtension() || this == REFERRED_TO_OMBUDSMAN || isSuspension() || this == CONSIDERATION_RESUMED
                || isReopening();
    }

    /**
     * The stage the event belongs to: the one it moves a complaint into, or the one it is recorded
     * in; for a suspension or a resumption, which may come at any stage the council is considering
     * the complaint, stage 1, the first.
     *
     * @return the stage; never null
     */
    public Stage stage() {
        return switch (this) {
            case STAGE_1_EXTENDED, CONSIDERATION_SUSPENDED, CONSIDERATION_PARTLY_SUSPENDED, CONSIDERATION_RESUMED -> Stage.STAGE_1;
            case STAGE_2_REOPENED -> Stage.STAGE_2;
            case STAGE_3_REOPENED -> Stage.STAGE_3_REQUESTED;
            case STATEMENT_OF_COMPLAINT_AGREED, INDEPENDENT_PERSON_APPOINTED, INDEPENDENT_PERSON_REPORT_RECEIVED, STAGE_2_EXTENDED,
                 INVESTIGATION_REPORT_RECEIVED -> Stage.STAGE_2;
            default -> entering();
        };
    }

    /**
     * The stage this event moves a complaint into; null when it is recorded within the stage. A
     * re-opening moves it into the stage it re-opens.
     *
     * @return the stage entered, or null for an event recorded within its stage: an extension, the
     *     statement of complaint, the independent person's appointment, a stage 2 report received, a
     *     suspension or a resumption
     */
    public @Nullable Stage entering() {
        if (isReopening()) {
            return stage();
        }
        for (Stage stage : Stage.values()) {
            if (stage.enteredBy() == this) {
                return stage;
            }
        }
        return null;
    }
}
