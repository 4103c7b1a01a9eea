package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.timescale.Deadlines;
import org.cscrules.core.timescale.Timescale;
import org.cscrules.core.timescale.Deadline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How another system's test suite uses csc-rules: a caseworker system computes its own stage 1 and
 * stage 2 deadlines, and this test holds them to the statutory ones for every day of three years.
 * {@link CaseSystem} stands in for the system under test.
 */
class StatutoryTimescalesTest {

    /** The system under test: its own working-day arithmetic, with its own list of bank holidays. */
    static final class CaseSystem {
        private static final Set<LocalDate> HOLIDAYS = Stream.of(
                "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
                "2022-09-19", "2022-12-26", "2022-12-27", "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
                "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29",
                "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26", "2025-01-01",
                "2025-04-18", "2025-04-21", "2025-05-05")
                .map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());

        /** The system's own count: the n-th working day after {@code start}. */
        static LocalDate workingDaysAfter(LocalDate start, int n) {
            LocalDate day = start;
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (!weekend && !HOLIDAYS.contains(day)) {
                    counted++;
                }
            }
            return day;
        }
    }

    private static final Deadlines STATUTORY = Deadlines.create(LocalPolicy.statutoryDefaults());

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"T2_STAGE_1_RESPONSE, reg. 14: 10 and 20 working days", "T6_STAGE_2_RESPONSE, reg. 17: 25 and 65 working days"})
    void theCaseSystemsDeadlinesAreTheStatutoryOnesEveryDayFrom2022To2024(Timescale timescale, String provision) {
        for (LocalDate start = LocalDate.of(2022, 1, 1); start.getYear() <= 2024; start = start.plusDays(1)) {
            for (Deadline statutory : STATUTORY.after(timescale, start)) {
                assertThat(CaseSystem.workingDaysAfter(start, statutory.length()))
                        .as("%s %s from %s", timescale, statutory.kind(), start).isEqualTo(statutory.due());
            }
        }
    }
}
