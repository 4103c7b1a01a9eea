package org.cscrules.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalPolicyTest {

    @Test
    void theDefaultsAreTheStatutoryOrSuggestedOnes() {
        LocalPolicy defaults = LocalPolicy.statutoryDefaults();
        assertThat(defaults.acknowledgementWorkingDays()).isEqualTo(3);
        assertThat(defaults.stage1ExtensionMaximumWorkingDays()).isEqualTo(20);
        assertThat(defaults.stage2RequestWindowWorkingDays()).isEqualTo(20);
        assertThat(defaults.stage3RequestWindowWorkingDays()).isEqualTo(20);
        assertThat(defaults.gatekeeping()).isEqualTo(LocalPolicy.Gatekeeping.NONE);
        assertThat(defaults.nextWorkingDayResolutionExcluded()).isFalse();
        assertThat(defaults.countTriggerDay()).isFalse();
        assertThat(defaults.closureDays()).isEmpty();
        assertThat(defaults.adjudicationTargetWorkingDays()).isNull();
        assertThat(defaults).isEqualTo(LocalPolicy.builder().build()).isEqualTo(defaults.toBuilder().build());
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
        assertThat(seed001).isNotEqualTo(LocalPolicy.statutoryDefaults());
    }
}
