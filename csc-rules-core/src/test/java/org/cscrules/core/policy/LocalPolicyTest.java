package org.cscrules.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalPolicyTest {

    /** Every setting's default, one row each, with the §11 row it answers (statute.md "Suggested default"). */
    @Test
    void everyDefaultIsTheStatutoryOrSuggestedOne() {
        LocalPolicy defaults = LocalPolicy.statutoryDefaults();
        Object[][] expected = {
                {"A1", defaults.acknowledgementWorkingDays(), 3},
                {"A2", defaults.stage1ExtensionMaximumWorkingDays(), 20},
                {"A2", defaults.stage1ExtensionCondition(), LocalPolicy.Stage1ExtensionCondition.RECORDED_REASON_AND_NOTICE},
                {"A3", defaults.stage1ClockStart(), LocalPolicy.Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS},
                {"A4", defaults.stage2RequestWindowWorkingDays(), 20},
                {"A5", defaults.stage2WhenStage1Overdue(), true},
                {"A6", defaults.stage2ClockStart(), LocalPolicy.Stage2ClockStart.REQUEST},
                {"A7", defaults.adjudicationTargetWorkingDays(), null},
                {"A8", defaults.stage2MaximumIsHardCap(), true},
                {"A9", defaults.stage3RequestWindowWorkingDays(), 20},
                {"A9", defaults.deemedReceiptByPostWorkingDays(), 2},
                {"A9", defaults.deemedReceiptByEmailWorkingDays(), 0},
                {"A11", defaults.finalResponseAlsoFromPanel(), true},
                {"A12", defaults.closureDays(), Set.of()},
                {"A13", defaults.countTriggerDay(), false},
                {"A14", defaults.timeLimitTrigger(), LocalPolicy.TimeLimitTrigger.GROUNDS_AROSE},
                {"A15", defaults.lateComplaintPresumption(), true},
                {"A16", defaults.nextWorkingDayResolutionExcluded(), false},
                {"§4.2", defaults.adultRepeatExclusionsApplied(), false},
                {"A17", defaults.gatekeeping(), LocalPolicy.Gatekeeping.NONE},
                {"A19", defaults.independentFosteringAgencyCarersAreFosterParents(), true},
                {"A20", defaults.childConsent(), LocalPolicy.ChildConsent.RECORD_VIEWS},
                {"A20", defaults.childConsentAge(), null},
                {"A21", defaults.representativeWithoutChildsViews(), LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT},
                {"A22", defaults.concurrentProceedings(), LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON},
                {"A22", defaults.timeLimitPausedByProceedings(), false},
                {"A23", defaults.publicLawCourtReportsInScope(), true},
                {"A23", defaults.privateLawCourtReportsInScope(), false},
                {"A24", defaults.careLeaverAgeCeiling(), 25},
                {"A24", defaults.careLeaverAgeCeilingBefore2018(), null},
                {"A24", defaults.effectiveCareLeaverAgeCeilingBefore2018(), 24},
                {"A25", defaults.reasonablyPracticableDeadlines(), LocalPolicy.ReasonablyPracticable.TARGET},
        };
        for (Object[] row : expected) {
            assertThat(row[1]).as("%s default", row[0]).isEqualTo(row[2]);
        }
        assertThat(expected.length - 1).as("one row per setting, and the ceiling in force").isEqualTo(LocalPolicy.class.getRecordComponents().length);
        assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
    }

    @Test
    void theBuilderReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> LocalPolicy.builder()
                .stage1ExtensionMaximumWorkingDays(25)
                .childConsentAge(13)
                .gatekeeping(null)
                .careLeaverAgeCeiling(30)
                .build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid local policy: stage1ExtensionMaximumWorkingDays must be between 10 and 20, not 25; "
                        + "careLeaverAgeCeiling must be between 21 and 25, not 30; gatekeeping must not be null; "
                        + "childConsentAge applies only when childConsent is REQUIRED_FROM_AGE, not RECORD_VIEWS");
    }

    @Test
    void pausingTheTimeLimitContradictsDecliningTheComplaint() {
        assertThatThrownBy(() -> LocalPolicy.builder().timeLimitPausedByProceedings(true)
                .concurrentProceedings(LocalPolicy.ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON).build())
                .hasMessage("Invalid local policy: timeLimitPausedByProceedings applies only when proceedings suspend a "
                        + "complaint, not with DECLINE_WITH_WRITTEN_REASON");
    }

    /** The law before 2018 covered no one the law since does not; none means the lower of the ceiling and 24. */
    @Test
    void theCareLeaverCeilingBefore2018IsNoHigherThanTheCeiling() {
        assertThatThrownBy(() -> LocalPolicy.builder().careLeaverAgeCeiling(21).careLeaverAgeCeilingBefore2018(24).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("careLeaverAgeCeilingBefore2018 24 is above careLeaverAgeCeiling 21");
        assertThat(LocalPolicy.builder().careLeaverAgeCeiling(21).build().effectiveCareLeaverAgeCeilingBefore2018()).isEqualTo(21);
        assertThat(LocalPolicy.builder().careLeaverAgeCeilingBefore2018(25).build().effectiveCareLeaverAgeCeilingBefore2018()).isEqualTo(25);
    }

    @Test
    void consentFromAnAgeNeedsTheAge() {
        assertThatThrownBy(() -> LocalPolicy.builder().childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).build())
                .hasMessage("Invalid local policy: childConsentAge is required when childConsent is REQUIRED_FROM_AGE");
        assertThat(LocalPolicy.builder().childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).childConsentAge(13)
                .build().childConsentAge()).isEqualTo(13);
    }

    @Test
    void closureDaysAreCopiedAndChecked() {
        Set<LocalDate> days = new HashSet<>(Set.of(LocalDate.of(2026, 12, 29)));
        LocalPolicy policy = LocalPolicy.builder().closureDays(days).build();
        days.add(LocalDate.of(2026, 12, 30));
        assertThat(policy.closureDays()).containsExactly(LocalDate.of(2026, 12, 29));
        assertThatThrownBy(() -> policy.closureDays().add(LocalDate.of(2026, 12, 31)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LocalPolicy.builder().closureDays(new HashSet<>(Arrays.asList((LocalDate) null))).build())
                .hasMessage("Invalid local policy: closureDays must not contain null");
        assertThatThrownBy(() -> LocalPolicy.builder().closureDays(Set.of(LocalDate.of(2100, 1, 4))).build())
                .hasMessage("Invalid local policy: closureDays: 2100-01-04 is outside the working-day calendar's range");
    }

    @Test
    void theSeed001PresetFollowsItsPractice() {
        LocalPolicy seed001 = LocalPolicyExamples.cheshireWestAndChester2016();
        assertThat(seed001.gatekeeping()).isEqualTo(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION);
        assertThat(seed001.nextWorkingDayResolutionExcluded()).isTrue();
        assertThat(seed001.adjudicationTargetWorkingDays()).isEqualTo(10);
        assertThat(seed001.stage1ExtensionCondition()).isEqualTo(LocalPolicy.Stage1ExtensionCondition.COMPLEXITY);
        assertThat(seed001.childConsent()).isEqualTo(LocalPolicy.ChildConsent.REQUIRED_IF_SUFFICIENT_UNDERSTANDING);
        assertThat(seed001.representativeWithoutChildsViews())
                .isEqualTo(LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT_IF_BEST_INTERESTS_CONFIRMED);
        assertThat(seed001.stage2WhenStage1Overdue()).isTrue();
        assertThat(seed001.finalResponseAlsoFromPanel()).isTrue();
        assertThat(seed001).isNotEqualTo(LocalPolicy.statutoryDefaults());
    }
}
