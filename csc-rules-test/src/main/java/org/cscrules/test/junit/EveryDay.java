package org.cscrules.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A parameterized test's source of every day from {@link #from()} to {@link #to()}, both included,
 * as a {@link java.time.LocalDate}: a sweep that holds a system's deadlines to the statute on every
 * start date, bank holidays and all.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EveryDay(from = "2022-01-01", to = "2024-12-31")
 * void stage1(LocalDate received) { assertThatDeadline(system.stage1(received)).isDueFor(T2_STAGE_1_RESPONSE, received); }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(EveryDayArguments.class)
public @interface EveryDay {

    /**
     * The first day, as YYYY-MM-DD.
     *
     * @return the first day
     */
    String from();

    /**
     * The last day, as YYYY-MM-DD, not before {@link #from()}.
     *
     * @return the last day
     */
    String to();
}
