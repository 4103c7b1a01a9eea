package org.cscrules.core.policy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A council's settings for every point where the law is silent, unclear or read differently
 * (statute.md §11, A1-A25), each with the statutory (or suggested) default of
 * {@link #statutoryDefaults()}. Every reason that rests on a setting says so. Build one with
 * {@link #builder()}; contradictory settings fail at {@link Builder#build()}.
 *
 * <p>The settings, one line each: default, and where it comes from.
 * <ul>
 * <li>{@code acknowledgementWorkingDays} 3 - A1: no statutory period; councils use 2, 3 or 5.</li>
 * <li>{@code stage1ExtensionMaximumWorkingDays} 20 - A2: at most 20 (LGSCO decisions; reg. 14's wording unverified); a council may cap lower (not below 10).</li>
 * <li>{@code stage1ExtensionCondition} RECORDED_REASON_AND_NOTICE - A2: complexity, agreement or "automatic" in practice.</li>
 * <li>{@code stage1ClockStart} REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS - A3: reg. 22(2)(d) read with reg. 14.</li>
 * <li>{@code stage2RequestWindowWorkingDays} 20 - A4: 20 wd is the usual practice; late requests are discretionary.</li>
 * <li>{@code stage2WhenStage1Overdue} true - A5: seed 001 allows it; silent elsewhere.</li>
 * <li>{@code stage2ClockStart} REQUEST - A6: LGSCO "13 weeks from the date of request"; some councils use the agreed statement.</li>
 * <li>{@code adjudicationTargetWorkingDays} none - A7: adjudication inside the 25/65 days; seed 001 sets 10 more.</li>
 * <li>{@code stage2MaximumIsHardCap} true - A8: most sources treat 65 wd as a hard maximum.</li>
 * <li>{@code stage3RequestWindowWorkingDays} 20 - A9: seeds 001 and 004, North Somerset, Devon.</li>
 * <li>{@code deemedReceiptByPostWorkingDays} 2, {@code deemedReceiptByEmailWorkingDays} 0 - A9: when a response counts as received.</li>
 * <li>{@code finalResponseAlsoFromPanel} true - A11: also compute panel + 20 wd, as seed 001 and the LGSCO read it.</li>
 * <li>{@code closureDays} none - A12: reg. 2 does not exclude council closure days.</li>
 * <li>{@code countTriggerDay} false - A13: the common convention excludes the trigger day.</li>
 * <li>{@code timeLimitTrigger} GROUNDS_AROSE - A14: reg. 9 runs from when the grounds arose.</li>
 * <li>{@code lateComplaintPresumption} true - A15: GBC 3.3.1's presumption in favour of accepting.</li>
 * <li>{@code nextWorkingDayResolutionExcluded} false - A16: an adult-regulations rule (SI 2009/309 reg. 8(1)(c)) seed 001 applies.</li>
 * <li>{@code adultRepeatExclusionsApplied} false - statute.md §4.2: the adult regulations' repeat-complaint exclusions (SI 2009/309 reg. 8(1)(d)-(f)) have no verified children's equivalent.</li>
 * <li>{@code gatekeeping} NONE - A17: the LGSCO criticises councils that refuse to complete stages.</li>
 * <li>{@code independentFosteringAgencyCarersAreFosterParents} true - A19: GBC and councils include them.</li>
 * <li>{@code childConsent} RECORD_VIEWS, {@code childConsentAge} none - A20: GBC "where possible"; Thurrock 13; seed 001 "old enough"; seed 000 always.</li>
 * <li>{@code representativeWithoutChildsViews} ACCEPT - A21: no statutory capacity test; seeds use best interests.</li>
 * <li>{@code concurrentProceedings} SUSPEND_WITH_WRITTEN_REASON, {@code timeLimitPausedByProceedings} false - A22.</li>
 * <li>{@code publicLawCourtReportsInScope} true, {@code privateLawCourtReportsInScope} false - A23: GBC; LGSCO on s7/s37.</li>
 * <li>{@code careLeaverAgeCeiling} 25 (inclusive) - A24: personal-adviser support to 25 (CSWA 2017); older manuals say 24.</li>
 * <li>{@code careLeaverAgeCeilingBefore2018} none - A24: the ceiling for a complaint received before personal-adviser
 *     support reached 25 ({@code LegalChange.PERSONAL_ADVISERS_TO_25}, 1 April 2018, unverified). None means the lower of
 *     {@code careLeaverAgeCeiling} and 24, as older manuals give it; a value, no higher than {@code careLeaverAgeCeiling},
 *     is applied as given.</li>
 * <li>{@code reasonablyPracticableDeadlines} TARGET - A25: reg. 20's "or as soon as is reasonably practicable".</li>
 * </ul>
 * A setting added after the first release is nullable, none meaning the reading before it existed
 * (as {@code careLeaverAgeCeilingBefore2018}), so that a decision record written before it reads,
 * and replays, the same.
 * A10 (the panel's 30 working days, reg. 19(4)) is statute and has no setting; A18 (whether the
 * investigating officer is internal or external) changes no result the library computes.
 *
 * <p>Immutable and thread-safe.
 */
public record LocalPolicy(
        int acknowledgementWorkingDays,
        int stage1ExtensionMaximumWorkingDays,
        Stage1ExtensionCondition stage1ExtensionCondition,
        Stage1ClockStart stage1ClockStart,
        int stage2RequestWindowWorkingDays,
        boolean stage2WhenStage1Overdue,
        Stage2ClockStart stage2ClockStart,
        Integer adjudicationTargetWorkingDays,
        boolean stage2MaximumIsHardCap,
        int stage3RequestWindowWorkingDays,
        int deemedReceiptByPostWorkingDays,
        int deemedReceiptByEmailWorkingDays,
        boolean finalResponseAlsoFromPanel,
        Set<LocalDate> closureDays,
        boolean countTriggerDay,
        TimeLimitTrigger timeLimitTrigger,
        boolean lateComplaintPresumption,
        boolean nextWorkingDayResolutionExcluded,
        boolean adultRepeatExclusionsApplied,
        Gatekeeping gatekeeping,
        boolean independentFosteringAgencyCarersAreFosterParents,
        ChildConsent childConsent,
        Integer childConsentAge,
        RepresentativeWithoutChildsViews representativeWithoutChildsViews,
        ConcurrentProceedings concurrentProceedings,
        boolean timeLimitPausedByProceedings,
        boolean publicLawCourtReportsInScope,
        boolean privateLawCourtReportsInScope,
        int careLeaverAgeCeiling,
        Integer careLeaverAgeCeilingBefore2018,
        ReasonablyPracticable reasonablyPracticableDeadlines) {

    /** The care-leaver age ceiling older manuals give, before personal-adviser support reached 25 (statute.md A24: "up to 24"). */
    static final int CARE_LEAVER_CEILING_IN_OLDER_MANUALS = 24;

    /** The maximum of a stage 1 extension: 20 working days (reg. 14 as the LGSCO reads it). */
    static final int STAGE_1_STATUTORY_MAXIMUM = 20;
    /** The ordinary stage 1 period (reg. 14): an extension cannot cap below it. */
    static final int STAGE_1_ORDINARY_PERIOD = 10;

    /** When stage 1 may be extended from 10 to at most 20 working days (A2). */
    public enum Stage1ExtensionCondition {
        /** Any extension, with a recorded reason and notice to the complainant (suggested default). */
        RECORDED_REASON_AND_NOTICE,
        /** Only for a complex complaint (seed 001). */
        COMPLEXITY,
        /** Only with the complainant's agreement (Family Rights Group). */
        COMPLAINANT_AGREEMENT,
        /** Automatically, where necessary (seed 002). */
        AUTOMATIC
    }

    /** Where the stage 1 clock starts (A3). */
    public enum Stage1ClockStart {
        /** Receipt of the complaint, for every complainant. */
        RECEIPT,
        /** Receipt, except for discretionary complainants: their reg. 12 decision (default). */
        REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS
    }

    /** Where the stage 2 clock starts (A6). */
    public enum Stage2ClockStart {
        /** The request for stage 2 (default; LGSCO). */
        REQUEST,
        /** Agreement of the statement of complaint (reg. 16 record). */
        STATEMENT_OF_COMPLAINT_AGREED
    }

    /** When the one-year time limit starts (A14). */
    public enum TimeLimitTrigger {
        /** When the grounds arose (reg. 9; default). */
        GROUNDS_AROSE,
        /** The later of when the grounds arose and when the complainant learned of them (adult regulations). */
        LATER_OF_GROUNDS_AND_KNOWLEDGE
    }

    /** Whether the council may refuse a request to go to stage 2 or 3 (A17). */
    public enum Gatekeeping {
        /** No gatekeeping: the complainant has the right to the next stage (default). */
        NONE,
        /** A recorded, reasoned refusal only on reg. 8, reg. 9 or eligibility grounds. */
        REASONED_REFUSAL_ON_STATUTORY_GROUNDS,
        /** The council decides whether it is "appropriate" (seeds 001, 004; the LGSCO disapproves). */
        COUNCIL_DISCRETION
    }

    /** What the child's consent means for a complaint made on their behalf (A20). */
    public enum ChildConsent {
        /** Record the child's views; no hard block (default; GBC "where possible"). */
        RECORD_VIEWS,
        /** Consent required from {@code childConsentAge} (e.g. 13, Thurrock). */
        REQUIRED_FROM_AGE,
        /** Consent required from a child of sufficient understanding ("old enough", seed 001). */
        REQUIRED_IF_SUFFICIENT_UNDERSTANDING,
        /** Consent always required where it can be obtained (seed 000). */
        ALWAYS_REQUIRED
    }

    /** A representative acting for a child whose views cannot be obtained (A21). */
    public enum RepresentativeWithoutChildsViews {
        /** Accept, subject to the council's suitability decision (default). */
        ACCEPT,
        /** Accept only if the council is satisfied the representative acts in the child's best interests (seeds 000, 001). */
        ACCEPT_IF_BEST_INTERESTS_CONFIRMED
    }

    /** What to do when considering the complaint might prejudice concurrent proceedings (A22, reg. 8). */
    public enum ConcurrentProceedings {
        /** Suspend until the proceedings end, with a written reason (default). */
        SUSPEND_WITH_WRITTEN_REASON,
        /** Decline to consider, in whole or part, with a written reason. */
        DECLINE_WITH_WRITTEN_REASON
    }

    /** How to treat deadlines qualified by "or as soon as is reasonably practicable" (A25, reg. 20). */
    public enum ReasonablyPracticable {
        /** A target; slipping needs a recorded reason (default). */
        TARGET,
        /** A hard deadline. */
        HARD
    }

    /**
     * Checks every setting, collecting every problem, and copies the closure days.
     *
     * @throws IllegalArgumentException listing every setting that is out of range or contradicts another
     */
    public LocalPolicy {
        Checker checker = new Checker();
        checker.range("acknowledgementWorkingDays", acknowledgementWorkingDays, 0, 20);
        checker.range("stage1ExtensionMaximumWorkingDays", stage1ExtensionMaximumWorkingDays,
                STAGE_1_ORDINARY_PERIOD, STAGE_1_STATUTORY_MAXIMUM);
        checker.range("stage2RequestWindowWorkingDays", stage2RequestWindowWorkingDays, 1, 65);
        if (adjudicationTargetWorkingDays != null) {
            checker.range("adjudicationTargetWorkingDays", adjudicationTargetWorkingDays, 1, 65);
        }
        checker.range("stage3RequestWindowWorkingDays", stage3RequestWindowWorkingDays, 1, 65);
        checker.range("deemedReceiptByPostWorkingDays", deemedReceiptByPostWorkingDays, 0, 10);
        checker.range("deemedReceiptByEmailWorkingDays", deemedReceiptByEmailWorkingDays, 0, 10);
        checker.range("careLeaverAgeCeiling", careLeaverAgeCeiling, 21, 25);
        if (careLeaverAgeCeilingBefore2018 != null) {
            checker.range("careLeaverAgeCeilingBefore2018", careLeaverAgeCeilingBefore2018, 21, 25);
            checker.require(careLeaverAgeCeilingBefore2018 <= careLeaverAgeCeiling, "careLeaverAgeCeilingBefore2018 "
                    + careLeaverAgeCeilingBefore2018 + " is above careLeaverAgeCeiling " + careLeaverAgeCeiling
                    + ": the law before 2018 covered no one the law since does not");
        }
        checker.present("stage1ExtensionCondition", stage1ExtensionCondition);
        checker.present("stage1ClockStart", stage1ClockStart);
        checker.present("stage2ClockStart", stage2ClockStart);
        checker.present("timeLimitTrigger", timeLimitTrigger);
        checker.present("gatekeeping", gatekeeping);
        checker.present("childConsent", childConsent);
        checker.present("representativeWithoutChildsViews", representativeWithoutChildsViews);
        checker.present("concurrentProceedings", concurrentProceedings);
        checker.present("reasonablyPracticableDeadlines", reasonablyPracticableDeadlines);
        checker.consentAge(childConsent == ChildConsent.REQUIRED_FROM_AGE, childConsent, childConsentAge);
        checker.closureDays(closureDays);
        checker.require(!(timeLimitPausedByProceedings && concurrentProceedings == ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON),
                "timeLimitPausedByProceedings applies only when proceedings suspend a complaint, not with DECLINE_WITH_WRITTEN_REASON");
        checker.throwIfAny();
        closureDays = Collections.unmodifiableSet(new TreeSet<>(closureDays));
    }

    /** The statutory (or, where there is no statute, the suggested) default for every setting. */
    public static LocalPolicy statutoryDefaults() {
        return builder().build();
    }

    /**
     * The care-leaver age ceiling for a complaint received before 1 April 2018 (A24): the setting
     * as given, or when none is given the lower of {@code careLeaverAgeCeiling} and 24.
     */
    public int effectiveCareLeaverAgeCeilingBefore2018() {
        return careLeaverAgeCeilingBefore2018 != null ? careLeaverAgeCeilingBefore2018
                : Math.min(careLeaverAgeCeiling, CARE_LEAVER_CEILING_IN_OLDER_MANUALS);
    }

    /**
     * The names of the settings whose values differ in {@code other}, in declaration order: what a
     * recalculation or a replay reports as changed.
     */
    public List<String> changedSettings(LocalPolicy other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent setting : LocalPolicy.class.getRecordComponents()) {
            try {
                Method accessor = setting.getAccessor();
                if (!Objects.equals(accessor.invoke(this), accessor.invoke(other))) {
                    changed.add(setting.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read setting " + setting.getName(), e);
            }
        }
        return List.copyOf(changed);
    }

    /** A builder starting from {@link #statutoryDefaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link LocalPolicy}, starting from the statutory defaults. Every problem with the
     * settings is reported at once by {@link #build()}.
     *
     * <p>Not thread-safe; the policies it builds are.
     */
    public static final class Builder {
        private int acknowledgementWorkingDays = 3;
        private int stage1ExtensionMaximumWorkingDays = STAGE_1_STATUTORY_MAXIMUM;
        private Stage1ExtensionCondition stage1ExtensionCondition = Stage1ExtensionCondition.RECORDED_REASON_AND_NOTICE;
        private Stage1ClockStart stage1ClockStart = Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS;
        private int stage2RequestWindowWorkingDays = 20;
        private boolean stage2WhenStage1Overdue = true;
        private Stage2ClockStart stage2ClockStart = Stage2ClockStart.REQUEST;
        private Integer adjudicationTargetWorkingDays = null;
        private boolean stage2MaximumIsHardCap = true;
        private int stage3RequestWindowWorkingDays = 20;
        private int deemedReceiptByPostWorkingDays = 2;
        private int deemedReceiptByEmailWorkingDays = 0;
        private boolean finalResponseAlsoFromPanel = true;
        private Set<LocalDate> closureDays = Set.of();
        private boolean countTriggerDay = false;
        private TimeLimitTrigger timeLimitTrigger = TimeLimitTrigger.GROUNDS_AROSE;
        private boolean lateComplaintPresumption = true;
        private boolean nextWorkingDayResolutionExcluded = false;
        private boolean adultRepeatExclusionsApplied = false;
        private Gatekeeping gatekeeping = Gatekeeping.NONE;
        private boolean independentFosteringAgencyCarersAreFosterParents = true;
        private ChildConsent childConsent = ChildConsent.RECORD_VIEWS;
        private Integer childConsentAge = null;
        private RepresentativeWithoutChildsViews representativeWithoutChildsViews = RepresentativeWithoutChildsViews.ACCEPT;
        private ConcurrentProceedings concurrentProceedings = ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON;
        private boolean timeLimitPausedByProceedings = false;
        private boolean publicLawCourtReportsInScope = true;
        private boolean privateLawCourtReportsInScope = false;
        private int careLeaverAgeCeiling = 25;
        private Integer careLeaverAgeCeilingBefore2018 = null;
        private ReasonablyPracticable reasonablyPracticableDeadlines = ReasonablyPracticable.TARGET;

        private Builder() {
        }

        private Builder(LocalPolicy policy) {
            this.acknowledgementWorkingDays = policy.acknowledgementWorkingDays();
            this.stage1ExtensionMaximumWorkingDays = policy.stage1ExtensionMaximumWorkingDays();
            this.stage1ExtensionCondition = policy.stage1ExtensionCondition();
            this.stage1ClockStart = policy.stage1ClockStart();
            this.stage2RequestWindowWorkingDays = policy.stage2RequestWindowWorkingDays();
            this.stage2WhenStage1Overdue = policy.stage2WhenStage1Overdue();
            this.stage2ClockStart = policy.stage2ClockStart();
            this.adjudicationTargetWorkingDays = policy.adjudicationTargetWorkingDays();
            this.stage2MaximumIsHardCap = policy.stage2MaximumIsHardCap();
            this.stage3RequestWindowWorkingDays = policy.stage3RequestWindowWorkingDays();
            this.deemedReceiptByPostWorkingDays = policy.deemedReceiptByPostWorkingDays();
            this.deemedReceiptByEmailWorkingDays = policy.deemedReceiptByEmailWorkingDays();
            this.finalResponseAlsoFromPanel = policy.finalResponseAlsoFromPanel();
            this.closureDays = policy.closureDays();
            this.countTriggerDay = policy.countTriggerDay();
            this.timeLimitTrigger = policy.timeLimitTrigger();
            this.lateComplaintPresumption = policy.lateComplaintPresumption();
            this.nextWorkingDayResolutionExcluded = policy.nextWorkingDayResolutionExcluded();
            this.adultRepeatExclusionsApplied = policy.adultRepeatExclusionsApplied();
            this.gatekeeping = policy.gatekeeping();
            this.independentFosteringAgencyCarersAreFosterParents = policy.independentFosteringAgencyCarersAreFosterParents();
            this.childConsent = policy.childConsent();
            this.childConsentAge = policy.childConsentAge();
            this.representativeWithoutChildsViews = policy.representativeWithoutChildsViews();
            this.concurrentProceedings = policy.concurrentProceedings();
            this.timeLimitPausedByProceedings = policy.timeLimitPausedByProceedings();
            this.publicLawCourtReportsInScope = policy.publicLawCourtReportsInScope();
            this.privateLawCourtReportsInScope = policy.privateLawCourtReportsInScope();
            this.careLeaverAgeCeiling = policy.careLeaverAgeCeiling();
            this.careLeaverAgeCeilingBefore2018 = policy.careLeaverAgeCeilingBefore2018();
            this.reasonablyPracticableDeadlines = policy.reasonablyPracticableDeadlines();
        }

        /** Working days to acknowledge receipt (A1). */
        public Builder acknowledgementWorkingDays(int value) {
            this.acknowledgementWorkingDays = value;
            return this;
        }

        /** The longest a stage 1 extension may reach, 10 to 20 working days (A2). */
        public Builder stage1ExtensionMaximumWorkingDays(int value) {
            this.stage1ExtensionMaximumWorkingDays = value;
            return this;
        }

        /** When stage 1 may be extended (A2). */
        public Builder stage1ExtensionCondition(Stage1ExtensionCondition value) {
            this.stage1ExtensionCondition = value;
            return this;
        }

        /** Where the stage 1 clock starts (A3). */
        public Builder stage1ClockStart(Stage1ClockStart value) {
            this.stage1ClockStart = value;
            return this;
        }

        /** Working days to ask for stage 2 before a request is late (A4). */
        public Builder stage2RequestWindowWorkingDays(int value) {
            this.stage2RequestWindowWorkingDays = value;
            return this;
        }

        /** Whether the complainant may go to stage 2 when stage 1 is overdue (A5). */
        public Builder stage2WhenStage1Overdue(boolean value) {
            this.stage2WhenStage1Overdue = value;
            return this;
        }

        /** Where the stage 2 clock starts (A6). */
        public Builder stage2ClockStart(Stage2ClockStart value) {
            this.stage2ClockStart = value;
            return this;
        }

        /** A separate adjudication target after the stage 2 report, or null for none (A7). */
        public Builder adjudicationTargetWorkingDays(Integer value) {
            this.adjudicationTargetWorkingDays = value;
            return this;
        }

        /** Whether 65 working days at stage 2 is a hard maximum (A8). */
        public Builder stage2MaximumIsHardCap(boolean value) {
            this.stage2MaximumIsHardCap = value;
            return this;
        }

        /** Working days to ask for a review panel before a request is late (A9). */
        public Builder stage3RequestWindowWorkingDays(int value) {
            this.stage3RequestWindowWorkingDays = value;
            return this;
        }

        /** Working days after posting that a letter counts as received (A9). */
        public Builder deemedReceiptByPostWorkingDays(int value) {
            this.deemedReceiptByPostWorkingDays = value;
            return this;
        }

        /** Working days after sending that an email counts as received (A9). */
        public Builder deemedReceiptByEmailWorkingDays(int value) {
            this.deemedReceiptByEmailWorkingDays = value;
            return this;
        }

        /** Whether to compute the panel + 20 working days figure too (A11). */
        public Builder finalResponseAlsoFromPanel(boolean value) {
            this.finalResponseAlsoFromPanel = value;
            return this;
        }

        /** Council closure days to count as non-working (A12); reg. 2 does not. */
        public Builder closureDays(Set<LocalDate> value) {
            this.closureDays = value;
            return this;
        }

        /** Whether the trigger day counts as day 1 (A13). */
        public Builder countTriggerDay(boolean value) {
            this.countTriggerDay = value;
            return this;
        }

        /** When the one-year time limit starts (A14). */
        public Builder timeLimitTrigger(TimeLimitTrigger value) {
            this.timeLimitTrigger = value;
            return this;
        }

        /** Whether a late complaint carries a presumption in favour of acceptance (A15). */
        public Builder lateComplaintPresumption(boolean value) {
            this.lateComplaintPresumption = value;
            return this;
        }

        /** Whether oral complaints resolved by the next working day are excluded (A16). */
        public Builder nextWorkingDayResolutionExcluded(boolean value) {
            this.nextWorkingDayResolutionExcluded = value;
            return this;
        }

        /** Whether a matter already considered, or investigated by the Ombudsman, needs the council's decision (§4.2). */
        public Builder adultRepeatExclusionsApplied(boolean value) {
            this.adultRepeatExclusionsApplied = value;
            return this;
        }

        /** Whether the council may refuse stage 2 or 3 (A17). */
        public Builder gatekeeping(Gatekeeping value) {
            this.gatekeeping = value;
            return this;
        }

        /** Whether IFA carers of children the council placed are LA foster parents (A19). */
        public Builder independentFosteringAgencyCarersAreFosterParents(boolean value) {
            this.independentFosteringAgencyCarersAreFosterParents = value;
            return this;
        }

        /** What the child's consent means for a complaint on their behalf (A20). */
        public Builder childConsent(ChildConsent value) {
            this.childConsent = value;
            return this;
        }

        /** The age from which consent is required, with REQUIRED_FROM_AGE only (A20). */
        public Builder childConsentAge(Integer value) {
            this.childConsentAge = value;
            return this;
        }

        /** A representative for a child whose views cannot be obtained (A21). */
        public Builder representativeWithoutChildsViews(RepresentativeWithoutChildsViews value) {
            this.representativeWithoutChildsViews = value;
            return this;
        }

        /** What to do when proceedings might be prejudiced (A22). */
        public Builder concurrentProceedings(ConcurrentProceedings value) {
            this.concurrentProceedings = value;
            return this;
        }

        /** Whether the one-year time limit pauses during concurrent proceedings (A22). */
        public Builder timeLimitPausedByProceedings(boolean value) {
            this.timeLimitPausedByProceedings = value;
            return this;
        }

        /** Whether public-law social work reports to court are in scope (A23). */
        public Builder publicLawCourtReportsInScope(boolean value) {
            this.publicLawCourtReportsInScope = value;
            return this;
        }

        /** Whether s7 and s37 private-law reports are in scope (A23). */
        public Builder privateLawCourtReportsInScope(boolean value) {
            this.privateLawCourtReportsInScope = value;
            return this;
        }

        /** The oldest care leaver the procedure covers (A24). */
        public Builder careLeaverAgeCeiling(int value) {
            this.careLeaverAgeCeiling = value;
            return this;
        }

        /** The care-leaver age ceiling, 21 to 25, for a complaint received before 1 April 2018, or null for the default reading (A24). */
        public Builder careLeaverAgeCeilingBefore2018(Integer value) {
            this.careLeaverAgeCeilingBefore2018 = value;
            return this;
        }

        /** How reg. 20's "as soon as reasonably practicable" deadlines count (A25). */
        public Builder reasonablyPracticableDeadlines(ReasonablyPracticable value) {
            this.reasonablyPracticableDeadlines = value;
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalArgumentException listing every setting that is out of range or contradicts another
         */
        public LocalPolicy build() {
            return new LocalPolicy(acknowledgementWorkingDays, stage1ExtensionMaximumWorkingDays, stage1ExtensionCondition, stage1ClockStart, stage2RequestWindowWorkingDays, stage2WhenStage1Overdue, stage2ClockStart, adjudicationTargetWorkingDays, stage2MaximumIsHardCap, stage3RequestWindowWorkingDays, deemedReceiptByPostWorkingDays, deemedReceiptByEmailWorkingDays, finalResponseAlsoFromPanel, closureDays, countTriggerDay, timeLimitTrigger, lateComplaintPresumption, nextWorkingDayResolutionExcluded, adultRepeatExclusionsApplied, gatekeeping, independentFosteringAgencyCarersAreFosterParents, childConsent, childConsentAge, representativeWithoutChildsViews, concurrentProceedings, timeLimitPausedByProceedings, publicLawCourtReportsInScope, privateLawCourtReportsInScope, careLeaverAgeCeiling, careLeaverAgeCeilingBefore2018, reasonablyPracticableDeadlines);
        }
    }
}
