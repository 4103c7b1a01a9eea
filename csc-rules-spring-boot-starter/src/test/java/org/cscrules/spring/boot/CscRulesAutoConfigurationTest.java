package org.cscrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The starter as an application meets it, through Spring Boot's own {@link ApplicationContextRunner}.
 * Compiled against Boot 3.5 and run again, unchanged, under Boot 3.5's and Boot 4's dependency
 * management by spring-boot-compatibility/, so nothing here names a type only one Boot has: the
 * health indicator is reached by reflection.
 */
class CscRulesAutoConfigurationTest {

    /** Monday 30 November 2026, 10:00 in London. */
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneId.of("Europe/London"));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CscRulesAutoConfiguration.class));

    /** The README's parent of a child in need, complaining of delay: eligible under the statutory defaults. */
    private static final ComplaintRequest PARENT = ComplaintRequest.of(ComplainantRole.PARENT,
            Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12), Representation.inOwnRight(),
            Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
            ComplaintDates.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 1)));

    @Test
    void withNoPropertiesEveryServiceIsABeanOnTheStatutoryDefaults() {
        runner.withBean(Clock.class, () -> NOV_2026).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EligibilityService.class).hasSingleBean(ComplaintProcess.class)
                    .hasSingleBean(WorkingDayCalendar.class).hasSingleBean(LocalPolicy.class).hasSingleBean(Clock.class);
            assertThat(context.getBean(LocalPolicy.class)).isEqualTo(LocalPolicy.statutoryDefaults());
            assertThat(context.getBean(EligibilityService.class).assess(PARENT).outcome()).isEqualTo(Outcome.ELIGIBLE);
            ComplaintState started = context.getBean(ComplaintProcess.class).start(LocalDate.of(2026, 11, 30));
            assertThat(context.getBean(ComplaintProcess.class).deadlines(started)).isNotEmpty();
        });
    }

    @Test
    void withoutAClockOfItsOwnTheApplicationGetsEnglandsSystemClock() {
        runner.run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/London")));
    }

    /** The example and every kind of setting, in kebab and camel case, lists both ways and enum names Spring's way. */
    @Test
    void theCouncilsPolicyIsReadFromItsProperties() {
        runner.withPropertyValues(
                "csc-rules.policy.acknowledgement-working-days=5",
                "csc-rules.policy.closure-days=2026-12-29,2026-12-30",
                "csc-rules.policy.proclaimed-bank-holidays[0]=2029-05-08",
                "csc-rules.policy.stage2-clock-start=statement-of-complaint-agreed",
                "csc-rules.policy.countTriggerDay=true",
                "csc-rules.policy.adjudication-target-working-days=25").run(context -> {
                    assertThat(context).hasNotFailed();
                    LocalPolicy expected = LocalPolicy.builder().acknowledgementWorkingDays(5)
                            .closureDays(List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)))
                            .proclaimedBankHolidays(List.of(LocalDate.of(2029, 5, 8)))
                            .stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED)
                            .countTriggerDay(true).adjudicationTargetWorkingDays(25).build();
                    assertThat(context.getBean(LocalPolicy.class)).isEqualTo(expected);
                    assertThat(context.getBean(EligibilityService.class).policy()).isEqualTo(expected);
                    assertThat(context.getBean(ComplaintProcess.class).policy()).isEqualTo(expected);
                    WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).as("a closure day").isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 5, 8))).as("a proclaimed bank holiday").isFalse();
                });
    }

    /** Every bad property is named at once, with what it must be; a misspelt setting never leaves a default silently in force. */
    @Test
    void everyBadPropertyStopsTheStartAndIsNamed() {
        runner.withPropertyValues(
                "csc-rules.policy.acknowledgement-working-days=five",
                "csc-rules.policy.acknowledgment-working-days=5",
                "csc-rules.policy.stage2-request-window-working-days=3",
                "csc-rules.policy.gatekeeping=sometimes",
                "csc-rules.policy.closure-days=2026-13-01",
                "csc-rules.polcy.closure-days=2026-12-29").run(context -> {
                    assertThat(context).hasFailed();
                    InvalidCscRulesPropertiesException failure = rootCause(context.getStartupFailure());
                    assertThat(failure.problems()).containsExactly(
                            "csc-rules.polcy.closure-days: is not a property of csc-rules (they are csc-rules.enabled, "
                                    + "csc-rules.health.enabled, csc-rules.health.warning-days, csc-rules.info.enabled, csc-rules.policy.*)",
                            "csc-rules.policy.acknowledgement-working-days: must be " + PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS.expected(),
                            "csc-rules.policy.acknowledgment-working-days: is not a setting of LocalPolicy; the settings are listed in "
                                    + "csc-rules' docs/POLICY.md, written here in kebab case",
                            "csc-rules.policy.closure-days: must be " + PolicySetting.CLOSURE_DAYS.expected(),
                            "csc-rules.policy.gatekeeping: must be " + PolicySetting.GATEKEEPING.expected(),
                            "csc-rules.policy.stage2-request-window-working-days: must be "
                                    + PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS.expected());
                    assertThat(failure.getMessage()).doesNotContain("five", "sometimes", "2026-13-01");
                });
        runner.withPropertyValues("csc-rules.health.warning-days=-1").run(context ->
                assertThat(rootCause(context.getStartupFailure()).problems())
                        .containsExactly("csc-rules.health.warning-days: must be a whole number of days, 0 or more"));
    }

    /** Every spelling Spring binds is read: camel case, enum values in camel case, {@code none}, and environment variables. */
    @Test
    void everySpellingSpringBindsIsRead() {
        runner.withPropertyValues("csc-rules.policy.stage2ClockStart=statementOfComplaintAgreed",
                        "csc-rules.policy.child-consent=required-from-age", "csc-rules.policy.child-consent-age=13",
                        "csc-rules.policy.adjudication-target-working-days=none", "csc-rules.health.warningDays=30",
                        "csc-rules.policy.care-leaver-age-ceiling=21")
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                                "CSCRULES_POLICY_ACKNOWLEDGEMENTWORKINGDAYS", "5",
                                "CSC_RULES_POLICY_DEEMED_RECEIPT_BY_POST_WORKING_DAYS", "3",
                                "CSCRULES_POLICY_CLOSUREDAYS_0_", "2026-12-29",
                                "CSCRULES_HEALTH_WARNINGDAYS", "30"))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(LocalPolicy.class)).as("a retired setting is read and changes nothing")
                            .isEqualTo(LocalPolicy.builder().stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED)
                                    .childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).childConsentAge(13)
                                    .acknowledgementWorkingDays(5).deemedReceiptByPostWorkingDays(3)
                                    .closureDays(List.of(LocalDate.of(2026, 12, 29))).build());
                });
    }

    /** A misspelt environment variable is named as it was set; a blank value is never the default. */
    @Test
    void aMisspeltVariableAndABlankValueAreNamed() {
        runner.withPropertyValues("csc-rules.policy.acknowledgement-working-days=")
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                                "CSC_RULES_POLICY_ACKNOWLEDGMENT_WORKING_DAYS", "5", "CSCRULES_HEALTH_WARNING", "30"))))
                .run(context -> assertThat(rootCause(context.getStartupFailure()).problems()).containsExactly(
                        "csc-rules.policy.acknowledgement-working-days: must be " + PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS.expected(),
                        "environment variable CSCRULES_HEALTH_WARNING: is not a property of csc-rules (they are csc-rules.enabled, "
                                + "csc-rules.health.enabled, csc-rules.health.warning-days, csc-rules.info.enabled, csc-rules.policy.*)",
                        "environment variable CSC_RULES_POLICY_ACKNOWLEDGMENT_WORKING_DAYS: is not a setting of LocalPolicy; the "
                                + "settings are listed in csc-rules' docs/POLICY.md, written here in kebab case"));
    }

    /** Beside the application's own policy, a property that sets the policy would be ignored: it stops the start instead. */
    @Test
    void besideTheApplicationsOwnPolicyNoPropertyIsIgnored() {
        LocalPolicy own = LocalPolicy.builder().acknowledgementWorkingDays(2).build();
        runner.withBean(LocalPolicy.class, () -> own).withPropertyValues("csc-rules.policy.acknowledgement-working-days=5",
                "csc-rules.polcy.x=1").run(context -> assertThat(rootCause(context.getStartupFailure()).problems()).containsExactly(
                "csc-rules.polcy.x: is not a property of csc-rules (they are csc-rules.enabled, csc-rules.health.enabled, "
                        + "csc-rules.health.warning-days, csc-rules.info.enabled, csc-rules.policy.*)",
                "csc-rules.policy: is not read, because the application defines its own LocalPolicy bean: set the policy in one place"));
    }

    /** Spring Boot's start-up report lists every problem and says where the settings are described. */
    @Test
    void theStartUpReportListsEveryProblem() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(InvalidPropertiesFailureAnalyzer.class.getName());
        InvalidCscRulesPropertiesException failure = new InvalidCscRulesPropertiesException(
                List.of("csc-rules.policy.a: must be x", "csc-rules.policy.b: must be y"));
        FailureAnalysis analysis = new InvalidPropertiesFailureAnalyzer().analyze(new IllegalStateException(failure));
        assertThat(analysis.getDescription()).contains("csc-rules.policy.a: must be x", "csc-rules.policy.b: must be y");
        assertThat(analysis.getAction()).contains("docs/POLICY.md", "csc-rules.policy");
    }

    @Test
    void theApplicationsOwnBeansAreUsedInstead() {
        LocalPolicy own = LocalPolicy.builder().acknowledgementWorkingDays(2).build();
        runner.withBean(Clock.class, () -> NOV_2026).withBean(LocalPolicy.class, () -> own).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Clock.class).hasSingleBean(LocalPolicy.class);
                    assertThat(context.getBean(EligibilityService.class).policy()).isSameAs(own);
                    assertThat(context.getBean(EligibilityService.class).provenance().asAt()).isEqualTo(NOV_2026.instant());
                });
        EligibilityService ownService = EligibilityService.create(own, NOV_2026);
        runner.withBean(EligibilityService.class, () -> ownService).run(context ->
                assertThat(context.getBean(EligibilityService.class)).isSameAs(ownService));
    }

    @Test
    void eachPartCanBeTurnedOff() {
        runner.withPropertyValues("csc-rules.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(EligibilityService.class).doesNotHaveBean(LocalPolicy.class));
        runner.withPropertyValues("csc-rules.health.enabled=false", "csc-rules.info.enabled=false").run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(EligibilityService.class)
                        .doesNotHaveBean("cscRulesHealthIndicator").doesNotHaveBean("cscRulesInfoContributor"));
    }

    /** Without Actuator the services start as ever, and nothing asks for Actuator's classes. */
    @Test
    void withoutActuatorTheServicesStillStart() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(EligibilityService.class)
                        .doesNotHaveBean("cscRulesHealthIndicator").doesNotHaveBean("cscRulesInfoContributor"));
    }

    /** The info entry says what every decision's provenance will carry, and which settings the council changed. */
    @Test
    void theInfoEntryGivesTheVersionsTheDecisionsCarry() {
        runner.withBean(Clock.class, () -> NOV_2026).withPropertyValues("csc-rules.policy.acknowledgement-working-days=5")
                .run(context -> {
                    Info.Builder builder = new Info.Builder();
                    context.getBean("cscRulesInfoContributor", InfoContributor.class).contribute(builder);
                    Provenance provenance = context.getBean(EligibilityService.class).assess(PARENT).provenance();
                    assertThat(builder.build().getDetails().get("csc-rules")).isEqualTo(Map.of(
                            "libraryVersion", provenance.libraryVersion(),
                            "rulebookVersion", provenance.rulebookVersion(),
                            "calendarDataVersion", provenance.calendarDataVersion(),
                            "lastOfficialDay", "2028-12-31",
                            "policyFingerprint", provenance.policy().fingerprint(),
                            "changedSettings", List.of("acknowledgementWorkingDays")));
                });
    }

    /** UP whatever the data's age (an instance is never taken out of service over it); advice once within the warning period. */
    @Test
    void theHealthStaysUpAndSaysHowLongTheDataLasts() {
        runner.withBean(Clock.class, () -> NOV_2026).run(context -> {
            assertThat(status(context)).isEqualTo("UP");
            assertThat(details(context)).isEqualTo(Map.of("lastOfficialDay", "2028-12-31", "daysLeft", 762L,
                    "proclaimedBankHolidays", List.of()));
        });
        Clock late = Clock.fixed(Instant.parse("2029-02-01T10:00:00Z"), ZoneId.of("Europe/London"));
        runner.withBean(Clock.class, () -> late).withPropertyValues("csc-rules.policy.proclaimed-bank-holidays=2029-05-08")
                .run(context -> {
                    assertThat(status(context)).isEqualTo("UP");
                    assertThat(details(context)).containsEntry("daysLeft", -32L)
                            .containsEntry("proclaimedBankHolidays", List.of("2029-05-08"));
                    assertThat((String) details(context).get("advice")).contains("ends on 2028-12-31", "newer csc-rules release",
                            "csc-rules.policy.proclaimed-bank-holidays");
                });
        runner.withBean(Clock.class, () -> NOV_2026).withPropertyValues("csc-rules.health.warning-days=800").run(context ->
                assertThat(details(context)).containsKey("advice"));
    }

    /** The health indicator implements the health API of the Boot it runs on, and only that. */
    @Test
    void theHealthIndicatorIsTheRunningBootsOwn() {
        runner.run(context -> {
            Object indicator = context.getBean("cscRulesHealthIndicator");
            Class<?> api = healthApi();
            assertThat(api).as("exactly one Boot's health API is present").isNotNull();
            assertThat(indicator).isInstanceOf(api);
        });
    }

    private static Class<?> healthApi() {
        ClassLoader loader = CscRulesAutoConfigurationTest.class.getClassLoader();
        Class<?> found = null;
        for (String name : List.of("org.springframework.boot.actuate.health.HealthIndicator",
                "org.springframework.boot.health.contributor.HealthIndicator")) {
            try {
                Class<?> api = Class.forName(name, false, loader);
                assertThat(found).as("both Boots' health APIs are present").isNull();
                found = api;
            } catch (ClassNotFoundException absent) {
                // the other Boot's
            }
        }
        return found;
    }

    private static Object health(AssertableApplicationContext context) throws ReflectiveOperationException {
        Object indicator = context.getBean("cscRulesHealthIndicator");
        return indicator.getClass().getMethod("health").invoke(indicator);
    }

    private static String status(AssertableApplicationContext context) throws ReflectiveOperationException {
        Object health = health(context);
        return health.getClass().getMethod("getStatus").invoke(health).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(AssertableApplicationContext context) throws ReflectiveOperationException {
        Object health = health(context);
        return (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health);
    }

    private static InvalidCscRulesPropertiesException rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof InvalidCscRulesPropertiesException)) {
            cause = cause instanceof InvocationTargetException target ? target.getTargetException() : cause.getCause();
        }
        assertThat(cause).as("the start-up failure's cause").isInstanceOf(InvalidCscRulesPropertiesException.class);
        return (InvalidCscRulesPropertiesException) cause;
    }
}
