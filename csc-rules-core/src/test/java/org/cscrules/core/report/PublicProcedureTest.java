package org.cscrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.junit.jupiter.api.Test;

/**
 * The procedure a council must publish (s26(8)): every statement follows the policy (a test
 * changes each setting the page speaks of and checks the text follows), and the page never says
 * what the Ombudsman has found to be fault.
 */
class PublicProcedureTest {

    private static final String DEFAULTS = PublicProcedure.markdown(LocalPolicy.statutoryDefaults());

    @Test
    void theDefaultsSayTheStatutesTimescales() {
        assertThat(DEFAULTS).startsWith("# How to complain about our children's social care services")
                .contains("section 26(8) of the Act requires",
                        "We will acknowledge your complaint within 3 working days.",
                        "We will respond within 10 working days (SI 2006/1738 reg. 14); if we need longer, we will tell you why, "
                                + "and take 20 working days at most.",
                        "you may ask for stage 2 within 20 working days of receiving it. A request made in that time is always accepted",
                        "We will respond within 25 working days of your request, and at the latest within 65 working days of your request",
                        "will meet within 30 working days of your request", "within 5 working days of meeting",
                        "we will respond within 15 working days of receiving them, or, where that is not possible, as soon as is "
                                + "reasonably practicable",
                        "A panel of three people independent of the council, one of whom chairs it",
                        "entitled to help from an advocate", "Local Government and Social Care Ombudsman",
                        "- a parent (Children Act 1989 s26(3)(b))",
                        "if we decide that you have a sufficient interest in the child's welfare");
    }

    /** Seed 004 says a complaint goes to stage 2 "if we agree it is appropriate": gatekeeping the Ombudsman finds fault in. */
    @Test
    void theStagesAreNeverTheCouncilsToGrantWhenAskedInTime() {
        for (LocalPolicy policy : List.of(LocalPolicy.statutoryDefaults(),
                LocalPolicy.builder().gatekeeping(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION).build())) {
            assertThat(PublicProcedure.markdown(policy)).doesNotContain("if we agree", "appropriate to progress")
                    .contains("A request made in that time is always accepted");
        }
    }

    /** Each setting the page speaks of, changed, changes what it says, and as the setting says. */
    @Test
    void everyStatementFollowsItsSetting() {
        Map<PolicySetting, UnaryOperator<LocalPolicy.Builder>> changes = Map.ofEntries(
                Map.entry(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS, b -> b.acknowledgementWorkingDays(5)),
                Map.entry(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS, b -> b.stage1ExtensionMaximumWorkingDays(15)),
                Map.entry(PolicySetting.STAGE_1_EXTENSION_CONDITION, b -> b.stage1ExtensionCondition(LocalPolicy.Stage1ExtensionCondition.COMPLEXITY)),
                Map.entry(PolicySetting.STAGE_1_CLOCK_START, b -> b.stage1ClockStart(LocalPolicy.Stage1ClockStart.RECEIPT)),
                Map.entry(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS, b -> b.stage2RequestWindowWorkingDays(25)),
                Map.entry(PolicySetting.STAGE_3_WHEN_STAGE_2_OVERDUE, b -> b.stage3WhenStage2Overdue(true)),
                Map.entry(PolicySetting.STAGE_2_WHEN_STAGE_1_OVERDUE, b -> b.stage2WhenStage1Overdue(false)),
                Map.entry(PolicySetting.STAGE_2_CLOCK_START, b -> b.stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED)),
                Map.entry(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS, b -> b.stage3RequestWindowWorkingDays(30)),
                Map.entry(PolicySetting.CLOSURE_DAYS, b -> b.closureDays(List.of(LocalDate.of(2026, 12, 29)))),
                Map.entry(PolicySetting.PROCLAIMED_BANK_HOLIDAYS, b -> b.proclaimedBankHolidays(List.of(LocalDate.of(2029, 5, 8)))),
                Map.entry(PolicySetting.COUNT_TRIGGER_DAY, b -> b.countTriggerDay(true)),
                Map.entry(PolicySetting.TIME_LIMIT_TRIGGER, b -> b.timeLimitTrigger(LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE)),
                Map.entry(PolicySetting.LATE_COMPLAINT_PRESUMPTION, b -> b.lateComplaintPresumption(false)),
                Map.entry(PolicySetting.INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS,
                        b -> b.independentFosteringAgencyCarersAreFosterParents(false)),
                Map.entry(PolicySetting.CHILD_CONSENT, b -> b.childConsent(LocalPolicy.ChildConsent.ALWAYS_REQUIRED)),
                Map.entry(PolicySetting.CHILD_CONSENT_AGE, b -> b.childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).childConsentAge(13)),
                Map.entry(PolicySetting.REPRESENTATIVE_WITHOUT_CHILDS_VIEWS,
                        b -> b.representativeWithoutChildsViews(LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT_IF_BEST_INTERESTS_CONFIRMED)),
                Map.entry(PolicySetting.CONCURRENT_PROCEEDINGS, b -> b.concurrentProceedings(LocalPolicy.ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON)),
                Map.entry(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING, b -> b.careLeaverLocalOfferAgeCeiling(26)),
                Map.entry(PolicySetting.STAGE_2_MAXIMUM_IS_HARD_CAP, b -> b.stage2MaximumIsHardCap(false)),
                Map.entry(PolicySetting.REASONABLY_PRACTICABLE_DEADLINES,
                        b -> b.reasonablyPracticableDeadlines(LocalPolicy.ReasonablyPracticable.HARD)));
        Map<PolicySetting, String> says = Map.ofEntries(
                Map.entry(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS, "acknowledge your complaint within 5 working days"),
                Map.entry(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS, "take 15 working days at most"),
                Map.entry(PolicySetting.STAGE_1_EXTENSION_CONDITION, "if your complaint is complex, we may take 20 working days at most"),
                Map.entry(PolicySetting.STAGE_1_CLOCK_START, "(regulation 12).\n"),
                Map.entry(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS, "ask for stage 2 within 25 working days"),
                Map.entry(PolicySetting.STAGE_3_WHEN_STAGE_2_OVERDUE, "you may ask for a panel without waiting"),
                Map.entry(PolicySetting.STAGE_2_WHEN_STAGE_1_OVERDUE, "NOT:you may ask for stage 2 without waiting"),
                Map.entry(PolicySetting.STAGE_2_CLOCK_START, "of our agreeing with you a statement of your complaint"),
                Map.entry(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS, "review panel within 30 working days of receiving it"),
                Map.entry(PolicySetting.CLOSURE_DAYS, "closed, and the days are not counted, on Tuesday 29 December 2026"),
                Map.entry(PolicySetting.PROCLAIMED_BANK_HOLIDAYS, "the bank holidays proclaimed on Tuesday 8 May 2029"),
                Map.entry(PolicySetting.COUNT_TRIGGER_DAY, "counts as the first working day"),
                Map.entry(PolicySetting.TIME_LIMIT_TRIGGER, "or of your learning of it if that was later"),
                Map.entry(PolicySetting.LATE_COMPLAINT_PRESUMPTION, "consider it fairly.\n"),
                Map.entry(PolicySetting.INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS,
                        "a carer from an independent fostering agency, if we decide that you have a sufficient interest"),
                Map.entry(PolicySetting.CHILD_CONSENT, "We will need the child's agreement wherever it can be given."),
                Map.entry(PolicySetting.CHILD_CONSENT_AGE, "From the age of 13 we will need the child's agreement."),
                Map.entry(PolicySetting.REPRESENTATIVE_WITHOUT_CHILDS_VIEWS, "acts in the child's best interests"),
                Map.entry(PolicySetting.CONCURRENT_PROCEEDINGS, "decline to consider it, in whole or in part"),
                Map.entry(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING, "a care leaver up to the age of 26 may also complain"),
                Map.entry(PolicySetting.STAGE_2_MAXIMUM_IS_HARD_CAP, "and aim to respond within 65 working days of your request"),
                Map.entry(PolicySetting.REASONABLY_PRACTICABLE_DEADLINES, "NOT:as soon as is reasonably practicable"));
        assertThat(says.keySet()).isEqualTo(changes.keySet());
        changes.forEach((setting, change) -> {
            String changed = PublicProcedure.markdown(change.apply(LocalPolicy.builder()).build());
            assertThat(changed).as(setting.settingName()).isNotEqualTo(DEFAULTS);
            String text = says.get(setting);
            if (text.startsWith("NOT:")) {
                // a setting that takes a sentence away: the default says it, the change does not
                assertThat(changed).as(setting.settingName()).doesNotContain(text.substring(4));
                assertThat(DEFAULTS).as(setting.settingName() + " at its default").contains(text.substring(4));
            } else {
                assertThat(changed).as(setting.settingName()).contains(text);
                assertThat(DEFAULTS).as(setting.settingName() + " at its default").doesNotContain(text);
            }
        });
        // the settings the page does not speak of: how the council counts internally, or what the rules decide case by case
        Set<PolicySetting> notOnThePage = Set.of(PolicySetting.ADJUDICATION_TARGET_WORKING_DAYS,
                PolicySetting.DEEMED_RECEIPT_BY_POST_WORKING_DAYS, PolicySetting.DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS,
                PolicySetting.FINAL_RESPONSE_ALSO_FROM_PANEL, PolicySetting.NEXT_WORKING_DAY_RESOLUTION_EXCLUDED,
                PolicySetting.ADULT_REPEAT_EXCLUSIONS_APPLIED, PolicySetting.GATEKEEPING, PolicySetting.PUBLIC_LAW_COURT_REPORTS_IN_SCOPE,
                PolicySetting.PRIVATE_LAW_COURT_REPORTS_IN_SCOPE);
        assertThat(Set.of(PolicySetting.values())).as("every setting is on the page, or said not to be")
                .containsExactlyInAnyOrderElementsOf(union(changes.keySet(), notOnThePage));
    }

    private static Set<PolicySetting> union(Set<PolicySetting> first, Set<PolicySetting> second) {
        Set<PolicySetting> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void aPolicyIsRequired() {
        assertThatThrownBy(() -> PublicProcedure.markdown(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
