package org.cscrules.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;

/** {@link EveryDay} gives every day of its range, both ends and a leap day included, in order. */
class EveryDayTest {

    @ParameterizedTest
    @EveryDay(from = "2024-02-27", to = "2024-03-02")
    void eachDayOfTheRangeIsOneRun(LocalDate day) {
        assertThat(day).isBetween(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 2));
    }

    @Test
    void theDaysAreEveryDayOfTheRange() throws Exception {
        assertThat(days("leapYear")).containsExactly(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 2, 28),
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
        assertThat(days("oneDay")).containsExactly(LocalDate.of(2023, 1, 1));
        assertThat(days("threeYears")).hasSize(1096);
    }

    @Test
    void aRangeItCannotUseIsNamed() {
        assertThatThrownBy(() -> days("backwards")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@EveryDay.to must not be before @EveryDay.from");
        assertThatThrownBy(() -> days("notADate")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@EveryDay.from must be a date as YYYY-MM-DD");
    }

    @SuppressWarnings("deprecation")
    private static List<Object> days(String method) throws Exception {
        EveryDayArguments arguments = new EveryDayArguments();
        arguments.accept(Ranges.class.getDeclaredMethod(method).getAnnotation(EveryDay.class));
        return arguments.provideArguments(null).map(Arguments::get).map(values -> values[0]).toList();
    }

    /** The ranges under test, each on a method of its own. */
    private static final class Ranges {
        @EveryDay(from = "2024-02-27", to = "2024-03-02")
        void leapYear() {
        }

        @EveryDay(from = "2023-01-01", to = "2023-01-01")
        void oneDay() {
        }

        @EveryDay(from = "2022-01-01", to = "2024-12-31")
        void threeYears() {
        }

        @EveryDay(from = "2023-01-02", to = "2023-01-01")
        void backwards() {
        }

        @EveryDay(from = "1 Jan 2023", to = "2023-01-01")
        void notADate() {
        }
    }
}
