package org.cscrules.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that uses csc-rules: its test methods, constructor and lifecycle methods may take a
 * {@link java.time.Clock}, the {@link org.cscrules.core.policy.LocalPolicy}, the {@link
 * org.cscrules.calendar.WorkingDayCalendar} it counts on, {@link org.cscrules.core.timescale.Deadlines},
 * an {@link org.cscrules.core.EligibilityService} and a {@link org.cscrules.core.ComplaintProcess}
 * (these two need csc-rules-drl on the test class path). Each is made once for every test class with
 * the same settings (the services take about a second to build) and shared: all are thread-safe.
 *
 * <pre>{@code
 * @CscRulesTest(today = "2023-01-16", settings = "acknowledgementWorkingDays=5", closureDays = "2022-12-29")
 * class IntakeTest {
 *     @Test
 *     void stage1(ComplaintProcess process) { ... }
 * }
 * }</pre>
 *
 * <p>In a {@code @ParameterizedTest}, a {@code Clock} or {@code LocalPolicy} parameter is left to the
 * test's arguments (JUnit refuses a parameter two resolvers claim): take the kit's in the constructor.
 *
 * <p>A setting that cannot be used fails the class's tests with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} naming the attribute.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CscRulesExtension.class)
public @interface CscRulesTest {

    /**
     * "Today" for the clock and the services, as YYYY-MM-DD (noon in England); empty for the real
     * day. Fixing it keeps a test's answers the same whenever it runs, and lets it start a complaint
     * received on a day that has not come yet.
     *
     * @return the day, or empty
     */
    String today() default "";

    /**
     * A policy file on the test class path (the JSON the command line reads, e.g. {@code
     * "council-policy.json"}; needs csc-rules-json); empty for the statutory defaults.
     *
     * @return the resource's name, or empty
     */
    String policy() default "";

    /**
     * Settings of the policy by name, as {@code "name=value"}: {@code "acknowledgementWorkingDays=5"},
     * {@code "stage2ClockStart=STATEMENT_OF_COMPLAINT_AGREED"}, {@code "childConsentAge=none"}, {@code
     * "closureDays=2026-12-29,2026-12-30"}. They replace the policy file's. The names, values and law
     * of each are in csc-rules' {@code docs/POLICY.md}.
     *
     * @return the settings; none by default
     */
    String[] settings() default {};

    /**
     * The council's closure days, as YYYY-MM-DD, added to the policy's.
     *
     * @return the days; none by default
     */
    String[] closureDays() default {};

    /**
     * Bank holidays proclaimed after the library's official data, as YYYY-MM-DD, added to the
     * policy's.
     *
     * @return the days; none by default
     */
    String[] proclaimedBankHolidays() default {};
}
