package org.cscrules.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.junit.jupiter.api.Test;

class LocalPolicyTest {

    /** Every setting's default, one row each, with its section of the legal reference, where the default is reasoned. */
    @Test
    void everyDefaultIsTheStatutoryOrSuggestedOne() {
        LocalPolicy defaults = LocalPolicy.statutoryDefaults();
        Object[][] expected = {
                {"setting-acknowledgement-working-days", defaults.acknowledgementWorkingDays(), 3},
                {"setting-stage-1-extension-maximum-working-days", defaults.stage1ExtensionMaximumWorkingDays(), 20},
                {"setting-stage-1-extension-condition", defaults.stage1ExtensionCondition(), LocalPolicy.Stage1ExtensionCondition.RECORDED_REASON_AND_NOTICE},
                {"setting-stage-1-clock-start", defaults.stage1ClockStart(), LocalPolicy.Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS},
                {"setting-stage-2-request-window-working-days", defaults.stage2RequestWindowWorkingDays(), 20},
                {"setting-stage-2-when-stage-1-overdue", defaults.stage2WhenStage1Overdue(), true},
                {"setting-stage-3-when-stage-2-overdue", defaults.stage3WhenStage2Overdue(), false},
                {"setting-stage-2-clock-start", defaults.stage2ClockStart(), LocalPolicy.Stage2ClockStart.REQUEST},
                {"setting-adjudication-target-working-days", defaults.adjudicationTargetWorkingDays(), OptionalInt.empty()},
                {"setting-stage-2-maximum-is-hard-cap", defaults.stage2MaximumIsHardCap(), true},
                {"setting-stage-3-request-window-working-days", defaults.stage3RequestWindowWorkingDays(), 20},
                {"setting-deemed-receipt-by-post-working-days", defaults.deemedReceiptByPostWorkingDays(), 2},
                {"setting-deemed-receipt-by-email-working-days", defaults.deemedReceiptByEmailWorkingDays(), 0},
                {"setting-final-response-also-from-panel", defaults.finalResponseAlsoFromPanel(), true},
                {"setting-closure-days", defaults.closureDays(), Set.of()},
                {"setting-proclaimed-bank-holidays", defaults.proclaimedBankHolidays(), Set.of()},
                {"setting-count-trigger-day", defaults.countTriggerDay(), false},
                {"setting-time-limit-trigger", defaults.timeLimitTrigger(), LocalPolicy.TimeLimitTrigger.GROUNDS_AROSE},
                {"setting-late-complaint-presumption", defaults.lateComplaintPresumption(), true},
                {"setting-next-working-day-resolution-excluded", defaults.nextWorkingDayResolutionExcluded(), false},
                {"setting-adult-repeat-exclusions-applied", defaults.adultRepeatExclusionsApplied(), false},
                {"setting-gatekeeping", defaults.gatekeeping(), LocalPolicy.Gatekeeping.NONE},
                {"setting-independent-fostering-agency-carers-are-foster-parents", defaults.independentFosteringAgencyCarersAreFosterParents(), true},
                {"setting-child-consent", defaults.childConsent(), LocalPolicy.ChildConsent.RECORD_VIEWS},
                {"setting-child-consent-age", defaults.childConsentAge(), OptionalInt.empty()},
                {"setting-representative-without-childs-views", defaults.representativeWithoutChildsViews(), LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT},
                {"setting-concurrent-proceedings", defaults.concurrentProceedings(), LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON},
                {"setting-public-law-court-reports-in-scope", defaults.publicLawCourtReportsInScope(), true},
                {"setting-private-law-court-reports-in-scope", defaults.privateLawCourtReportsInScope(), false},
                {"setting-care-leaver-local-offer-age-ceiling", defaults.careLeaverLocalOfferAgeCeiling(), OptionalInt.empty()},
                {"setting-reasonably-practicable-deadlines", defaults.reasonablyPracticableDeadlines(), LocalPolicy.ReasonablyPracticable.TARGET},
        };
        for (Object[] row : expected) {
            assertThat(row[1]).as("%s default", row[0]).isEqualTo(row[2]);
        }
        assertThat(expected.length).as("one row per setting").isEqualTo(PolicySetting.values().length);
        assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
        assertThat(Arrays.stream(PolicySetting.values()).map(PolicySetting::lawSectionId))
                .as("each row's section of the legal reference is the setting's, in declaration order")
                .containsExactlyElementsOf(Arrays.stream(expected).map(row -> (String) row[0]).toList());
    }

    /** Where the law gives a length, the setting's default and bounds are the timescale table's, not a second copy. */
    @Test
    void defaultsAndBoundsComeFromTheTimescaleTable() {
        assertThat(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS.defaultValue()).contains(Timescale.T0_ACKNOWLEDGEMENT.length());
        assertThat(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS.defaultValue()).contains(Timescale.T2_STAGE_1_RESPONSE.extendedMaximum());
        assertThat(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS.minimum()).hasValue(Timescale.T2_STAGE_1_RESPONSE.length());
        assertThat(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS.maximum()).hasValue(Timescale.T2_STAGE_1_RESPONSE.extendedMaximum());
        assertThat(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS.defaultValue()).contains(Timescale.T4_STAGE_2_REQUEST.length());
        assertThat(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS.defaultValue()).contains(Timescale.T8_STAGE_3_REQUEST.length());
        assertThat(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS.minimum()).as("no council may shorten the window "
                + "every published procedure gives: a request in time would be open to refusal")
                .hasValue(Timescale.T8_STAGE_3_REQUEST.length());
    }

    /** Each setting has a typed accessor named as the setting, and a builder method; nothing else reads or sets one. */
    @Test
    void everySettingHasItsAccessorAndBuilderMethodByName() throws ReflectiveOperationException {
        for (PolicySetting setting : PolicySetting.values()) {
            Method accessor = LocalPolicy.class.getMethod(setting.settingName());
            assertThat(Modifier.isPublic(accessor.getModifiers())).isTrue();
            assertThat(setting.valueIn(LocalPolicy.statutoryDefaults())).isEqualTo(setting.defaultValue());
            assertThat(Arrays.stream(LocalPolicy.Builder.class.getMethods()).map(Method::getName)).contains(setting.settingName());
            assertThat(PolicySetting.named(setting.settingName())).contains(setting);
        }
        assertThat(PolicySetting.named("STAGE_1_CLOCK_START")).as("the constant's name is not the setting's").isEmpty();
        assertThat(PolicySetting.named(null)).isEmpty();
        assertThat(LocalPolicy.class.getDeclaredMethods()).filteredOn(m -> Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .extracting(Method::getName)
                .as("the accessors, and the few methods every policy has")
                .containsExactlyInAnyOrderElementsOf(union(Arrays.stream(PolicySetting.values()).map(PolicySetting::settingName).toList(),
                        List.of("settings", "toBuilder", "hashCode", "toString", "fingerprint", "calendar",
                                "statutoryCalendar")));
    }

    private static List<String> union(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void theBuilderReportsEveryProblemAtOnceOneViolationPerSetting() {
        assertThatThrownBy(() -> LocalPolicy.builder()
                .stage1ExtensionMaximumWorkingDays(25)
                .childConsentAge(13)
                .gatekeeping(null)
                .careLeaverLocalOfferAgeCeiling(24)
                .build())
                .isExactlyInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Invalid local policy (4 violations): ")
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations()).containsExactly(
                        new Violation("careLeaverLocalOfferAgeCeiling", "must be a whole number from 25 to 120, or none"),
                        new Violation("childConsentAge", "applies only when childConsent is REQUIRED_FROM_AGE"),
                        new Violation("gatekeeping", "must not be null"),
                        new Violation("stage1ExtensionMaximumWorkingDays", "must be a whole number from 10 to 20")));
    }

    /** A message names the setting and what was expected, never the value given. */
    @Test
    void messagesNeverRepeatTheValueGiven() {
        assertThatThrownBy(() -> LocalPolicy.builder().acknowledgementWorkingDays(987654).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageNotContaining("987654")
                .hasMessageContaining("acknowledgementWorkingDays: must be a whole number from 0 to 20");
        assertThatThrownBy(() -> LocalPolicy.builder().settings(Map.of("gatekeeping", "SECRET_VALUE")).build())
                .hasMessageNotContaining("SECRET_VALUE")
                .hasMessageContaining("gatekeeping: must be one of NONE, REASONED_REFUSAL_ON_STATUTORY_GROUNDS, COUNCIL_DISCRETION");
    }

    /**
     * The care-leaver ceilings are the statute's now, and the time limit is not paused by a
     * suspension (#12): a policy or decision record written by 0.1.0 that names the retired
     * settings still reads, and they change nothing.
     */
    @Test
    void theRetiredSettingsStillReadAndChangeNothing() {
        LocalPolicy read = LocalPolicy.builder().settings(Map.of("careLeaverAgeCeiling", 25, "careLeaverAgeCeilingBefore2018", 23,
                        "timeLimitPausedByProceedings", true)).build();
        assertThat(read).isEqualTo(LocalPolicy.statutoryDefaults());
        assertThat(read.settings()).doesNotContainKeys("careLeaverAgeCeiling", "careLeaverAgeCeilingBefore2018",
                "timeLimitPausedByProceedings");
        assertThat(PolicySetting.RETIRED).containsOnlyKeys("careLeaverAgeCeiling", "careLeaverAgeCeilingBefore2018",
                "timeLimitPausedByProceedings");
        assertThat(PolicySetting.RETIRED.keySet()).allSatisfy(name -> assertThat(PolicySetting.named(name)).isEmpty());
    }

    @Test
    void consentFromAnAgeNeedsTheAge() {
        assertThatThrownBy(() -> LocalPolicy.builder().childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).build())
                .hasMessage("Invalid local policy (1 violation): childConsentAge: is required when childConsent is REQUIRED_FROM_AGE");
        assertThat(LocalPolicy.builder().childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).childConsentAge(13)
                .build().childConsentAge()).hasValue(13);
        assertThatThrownBy(() -> LocalPolicy.builder().childConsentAge((OptionalInt) null).build())
                .hasMessage("Invalid local policy (1 violation): childConsentAge: must not be null (an empty OptionalInt for none)");
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
                .hasMessage("Invalid local policy (1 violation): closureDays: must be a list of dates (YYYY-MM-DD) from "
                        + "1990-01-01 to 2099-12-31");
        assertThatThrownBy(() -> LocalPolicy.builder().closureDays(Set.of(LocalDate.of(2100, 1, 4))).build())
                .hasMessage("Invalid local policy (1 violation): closureDays: must be a list of dates (YYYY-MM-DD) from "
                        + "1990-01-01 to 2099-12-31");
        assertThatThrownBy(() -> LocalPolicy.builder().closureDays(null).build())
                .hasMessage("Invalid local policy (1 violation): closureDays: must not be null (an empty collection for none)");
    }

    /**
     * A bank holiday proclaimed after the release's data (1971 Act) is not a working day under reg. 2,
     * named as such; only a weekday after the official data that is not already a holiday is taken, so
     * the setting can never move a deadline the official data counts.
     */
    @Test
    void proclaimedBankHolidaysAreNonWorkingDaysAfterTheOfficialData() {
        LocalDate tuesday = LocalDate.of(2029, 5, 8);
        LocalPolicy policy = LocalPolicy.builder().proclaimedBankHolidays(List.of(tuesday)).closureDays(List.of(tuesday.plusDays(1)))
                .build();
        assertThat(policy.statutoryCalendar().isWorkingDay(tuesday)).isFalse();
        assertThat(policy.statutoryCalendar().isWorkingDay(tuesday.plusDays(1))).as("closures are not statute").isTrue();
        assertThat(policy.calendar().nonWorkingDays(tuesday, tuesday.plusDays(1)))
                .extracting(day -> day.date() + " " + day.kind() + " " + day.name())
                .containsExactly("2029-05-08 BANK_HOLIDAY Bank holiday (proclaimed; LocalPolicy.proclaimedBankHolidays)",
                        "2029-05-09 LOCAL_CLOSURE Local closure day");
        assertThat(LocalPolicy.statutoryDefaults().calendar().isWorkingDay(tuesday)).isTrue();
        String expected = "Invalid local policy (1 violation): proclaimedBankHolidays: must be a list of weekdays (YYYY-MM-DD) "
                + "after 2028-12-31, the last day of the official bank-holiday data, to 2099-12-31, none already a non-working day";
        for (LocalDate refused : List.of(LocalDate.of(2028, 12, 29), LocalDate.of(2029, 5, 12), LocalDate.of(2029, 12, 25),
                LocalDate.of(2100, 1, 4))) {
            assertThatThrownBy(() -> LocalPolicy.builder().proclaimedBankHolidays(List.of(refused)).build())
                    .as("%s", refused).hasMessage(expected);
        }
        assertThat(LocalPolicy.builder().settings(Map.of("proclaimedBankHolidays", List.of("2029-05-08"))).build())
                .isEqualTo(LocalPolicy.builder().proclaimedBankHolidays(Set.of(tuesday)).build());
    }

    /** The plain form (a policy file, a record's JSON) reads back to the same policy, and every kind of value is checked. */
    @Test
    void theSettingsMapReadsBackAndEveryKindIsChecked() {
        LocalPolicy policy = LocalPolicyExamples.cheshireWestAndChester2016().toBuilder()
                .closureDays(Set.of(LocalDate.of(2026, 12, 29))).childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE)
                .childConsentAge(13).build();
        assertThat(LocalPolicy.builder().settings(policy.settings()).build()).isEqualTo(policy);
        assertThat(policy.settings()).containsEntry("closureDays", List.of("2026-12-29")).containsEntry("childConsentAge", 13)
                .containsEntry("gatekeeping", "COUNCIL_DISCRETION").doesNotContainKey("careLeaverAgeCeilingBefore2018");
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("acknowledgementWorkingDays", "5");
        wrong.put("countTriggerDay", "true");
        wrong.put("closureDays", List.of("2026-02-30"));
        wrong.put("adjudicationTargetWorkingDays", 2.5);
        wrong.put("stage2WhenStage1Overdue", null);
        wrong.put("noSuchSetting", 1);
        assertThatThrownBy(() -> LocalPolicy.builder().settings(wrong).build())
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations()).containsExactly(
                        new Violation("acknowledgementWorkingDays", "must be a whole number from 0 to 20"),
                        new Violation("adjudicationTargetWorkingDays", "must be a whole number from 1 to 65, or none"),
                        new Violation("closureDays", "must be a list of dates (YYYY-MM-DD) from 1990-01-01 to 2099-12-31"),
                        new Violation("countTriggerDay", "must be true or false"),
                        new Violation("noSuchSetting", "is not a setting of LocalPolicy; the settings are listed in docs/POLICY.md"),
                        new Violation("stage2WhenStage1Overdue", "must be true or false")));
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("adjudicationTargetWorkingDays", null);
        assertThat(LocalPolicy.builder().adjudicationTargetWorkingDays(7).settings(none).build())
                .as("null is none for an optional number").isEqualTo(LocalPolicy.statutoryDefaults());
    }

    /** One violation per setting: a value that cannot be read is not checked again, nor blamed on another setting. */
    @Test
    void aSettingThatCannotBeReadIsOneViolationAndBlamesNoOther() {
        assertThatThrownBy(() -> LocalPolicy.builder().settings(Map.of("childConsent", "REQUIRED_FROM_AGE", "childConsentAge", "13")).build())
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations()).containsExactly(
                        new Violation("childConsentAge", "must be a whole number from 1 to 17, or none")));
        assertThatThrownBy(() -> LocalPolicy.builder().settings(Map.of("childConsent", "SOMETIMES", "childConsentAge", 13)).build())
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations()).containsExactly(
                        new Violation("childConsent", "must be one of RECORD_VIEWS, REQUIRED_FROM_AGE, "
                                + "REQUIRED_IF_SUFFICIENT_UNDERSTANDING, ALWAYS_REQUIRED")));
        assertThat(LocalPolicy.builder().settings(Map.of("gatekeeping", "X")).gatekeeping(LocalPolicy.Gatekeeping.NONE).build())
                .as("a setting given again, readably, is no longer a problem").isEqualTo(LocalPolicy.statutoryDefaults());
    }

    /** A setting removed in a later release still parses, and says why it went, rather than "not a setting". */
    @Test
    void aRemovedSettingIsReportedWithWhyItWent() {
        List<Violation> problems = new ArrayList<>();
        Object[] values = Arrays.stream(PolicySetting.values()).map(PolicySetting::javaDefault).toArray();
        PolicyChecks.read(Map.of("oldSetting", true), Map.of("oldSetting", "removed in 0.2.0: it changed no answer"), Map.of(), values,
                new java.util.EnumMap<>(PolicySetting.class), problems);
        assertThat(problems).containsExactly(new Violation("oldSetting", "is no longer a setting: removed in 0.2.0: it changed no answer"));
        assertThat(PolicySetting.REMOVED).as("no setting has been removed yet").isEmpty();
    }

    @Test
    void theChangedSettingsAreNamedInDeclarationOrder() {
        LocalPolicy other = LocalPolicy.builder().reasonablyPracticableDeadlines(LocalPolicy.ReasonablyPracticable.HARD)
                .acknowledgementWorkingDays(5).adjudicationTargetWorkingDays(10).build();
        assertThat(LocalPolicy.statutoryDefaults().changedSettings(other))
                .containsExactly("acknowledgementWorkingDays", "adjudicationTargetWorkingDays", "reasonablyPracticableDeadlines");
        assertThat(other.toString()).isEqualTo("LocalPolicy[acknowledgementWorkingDays=5, adjudicationTargetWorkingDays=10, "
                + "reasonablyPracticableDeadlines=HARD]");
        assertThat(other.hashCode()).isEqualTo(other.toBuilder().build().hashCode());
    }

    @Test
    void theSeed001PresetFollowsItsPractice() {
        LocalPolicy seed001 = LocalPolicyExamples.cheshireWestAndChester2016();
        assertThat(seed001.gatekeeping()).isEqualTo(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION);
        assertThat(seed001.nextWorkingDayResolutionExcluded()).isTrue();
        assertThat(seed001.adjudicationTargetWorkingDays()).hasValue(10);
        assertThat(seed001.stage1ExtensionCondition()).isEqualTo(LocalPolicy.Stage1ExtensionCondition.COMPLEXITY);
        assertThat(seed001.childConsent()).isEqualTo(LocalPolicy.ChildConsent.REQUIRED_IF_SUFFICIENT_UNDERSTANDING);
        assertThat(seed001.representativeWithoutChildsViews())
                .isEqualTo(LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT_IF_BEST_INTERESTS_CONFIRMED);
        assertThat(seed001.stage2WhenStage1Overdue()).isTrue();
        assertThat(seed001.finalResponseAlsoFromPanel()).isTrue();
        assertThat(seed001).isNotEqualTo(LocalPolicy.statutoryDefaults());
    }
}
