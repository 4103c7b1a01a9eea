package org.cscrules.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.timescale.Deadlines;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** What {@link CscRulesTest} injects, made once per settings; and every setting it refuses, by attribute. */
@CscRulesTest(today = "2023-01-16", closureDays = "2022-12-29", proclaimedBankHolidays = "2029-05-08")
class CscRulesExtensionTest {

    private final EligibilityService serviceOfThisInstance;

    CscRulesExtensionTest(EligibilityService service) {
        this.serviceOfThisInstance = service;
    }

    @Test
    void todayIsFixedAtNoonInEngland(Clock clock) {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2023, 1, 16));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(clock.instant().toString()).isEqualTo("2023-01-16T12:00:00Z");
    }

    @Test
    void thePolicyHasTheDaysAndTheCalendarCountsThem(LocalPolicy policy, WorkingDayCalendar calendar, Deadlines deadlines) {
        assertThat(policy).isEqualTo(LocalPolicy.builder().closureDays(List.of(LocalDate.of(2022, 12, 29)))
                .proclaimedBankHolidays(List.of(LocalDate.of(2029, 5, 8))).build());
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 5, 8))).isFalse();
        assertThat(deadlines.policy()).isEqualTo(policy);
    }

    /** The services are made by the implementation on the class path (here {@link StubProvider}) with the policy and clock. */
    @Test
    void theServicesAreMadeOnceAndShared(EligibilityService service, ComplaintProcess process, LocalPolicy policy) {
        assertThat(service).isSameAs(serviceOfThisInstance);
        assertThat(service.policy()).isEqualTo(policy);
        assertThat(service.provenance().asAtDate()).isEqualTo(LocalDate.of(2023, 1, 16));
        assertThat(process.policy()).isEqualTo(policy);
        ComplaintState started = process.start(LocalDate.of(2023, 1, 16));
        assertThat(started.basis().policy()).isEqualTo(policy);
    }

    static java.util.stream.Stream<LocalPolicy> policies() {
        return java.util.stream.Stream.of(LocalPolicy.statutoryDefaults(), LocalPolicy.builder().acknowledgementWorkingDays(5).build());
    }

    /** In a parameterized test the policy is the arguments', the services still the kit's: no two resolvers claim one parameter. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("policies")
    void aParameterizedTestTakesItsPolicyFromItsArguments(LocalPolicy policy, EligibilityService service) {
        assertThat(policy).isIn(policies().toList());
        assertThat(service).isSameAs(serviceOfThisInstance);
    }

    /** A nested class without settings of its own takes its enclosing class's, and its objects. */
    @Nested
    class Nested1 {
        @Test
        void sharesTheEnclosingSettings(EligibilityService service, Clock clock) {
            assertThat(service).isSameAs(serviceOfThisInstance);
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2023, 1, 16));
        }
    }

    /** A policy file on the test class path, the annotation's settings replacing the file's, its days added to the file's. */
    @Nested
    @CscRulesTest(policy = "council-policy.json", closureDays = "2026-12-30",
            settings = {"acknowledgementWorkingDays=4", "stage2ClockStart=STATEMENT_OF_COMPLAINT_AGREED", "countTriggerDay=true",
                    "adjudicationTargetWorkingDays=none", "childConsent=REQUIRED_FROM_AGE", "childConsentAge=13"})
    class FromAPolicyFileAndSettings {
        @Test
        void readsTheFileAndTheSettings(LocalPolicy policy) {
            assertThat(policy).isEqualTo(LocalPolicy.builder().acknowledgementWorkingDays(4)
                    .stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED).countTriggerDay(true)
                    .childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).childConsentAge(13)
                    .closureDays(List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30))).build());
        }
    }

    @Test
    void everySettingItCannotUseIsNamed() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> Settings.of(settings("16/01/2023", "", new String[0], new String[0]), loader))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessage("@CscRulesTest.today must be a date as YYYY-MM-DD");
        assertThatThrownBy(() -> Settings.of(settings("", "", new String[] {"tomorrow"}, new String[0]), loader))
                .hasMessage("@CscRulesTest.closureDays must be a date as YYYY-MM-DD");
        assertThatThrownBy(() -> Settings.of(settings("", "no-such-policy.json", new String[0], new String[0]), loader))
                .hasMessage("@CscRulesTest.policy must name a resource on the test class path");
        assertThatThrownBy(() -> Settings.of(settings("", "", new String[0], new String[0], "acknowledgementWorkingDays=five",
                "gatekeeping=SOMETIMES", "acknowledgmentWorkingDays=5"), loader))
                .hasMessage("@CscRulesTest.settings: Invalid local policy (3 violations): acknowledgementWorkingDays: must be "
                        + "a whole number from 0 to 20; acknowledgmentWorkingDays: is not a setting of LocalPolicy; the settings "
                        + "are listed in docs/POLICY.md; gatekeeping: must be one of NONE, REASONED_REFUSAL_ON_STATUTORY_GROUNDS, "
                        + "COUNCIL_DISCRETION");
        assertThatThrownBy(() -> Settings.of(settings("", "", new String[0], new String[0], "acknowledgementWorkingDays"), loader))
                .hasMessage("@CscRulesTest.settings must be written as name=value");
        assertThatThrownBy(() -> Settings.of(settings("", "", new String[0], new String[] {"2023-05-08"}), loader))
                .hasMessageStartingWith("@CscRulesTest: Invalid local policy (1 violation): proclaimedBankHolidays: must be a list of weekdays");
    }

    private static CscRulesTest settings(String today, String policy, String[] closureDays, String[] proclaimed,
                                         String... settings) {
        return new CscRulesTest() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CscRulesTest.class;
            }

            @Override
            public String today() {
                return today;
            }

            @Override
            public String policy() {
                return policy;
            }

            @Override
            public String[] settings() {
                return settings;
            }

            @Override
            public String[] closureDays() {
                return closureDays;
            }

            @Override
            public String[] proclaimedBankHolidays() {
                return proclaimed;
            }
        };
    }
}
