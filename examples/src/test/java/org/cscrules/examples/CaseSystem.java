package org.cscrules.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A caseworker system under test, as the kit's users have them: its own working-day arithmetic,
 * with its own list of bank holidays (2022 to May 2025).
 */
final class CaseSystem {

    private static final Set<LocalDate> HOLIDAYS = Stream.of(
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27", "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
            "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29",
            "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26", "2025-01-01",
            "2025-04-18", "2025-04-21", "2025-05-05")
            .map(LocalDate::parse).collect(Collectors.toSet());

    private CaseSystem() {
    }

    /** The system's stage 1 response date: 10 working days after receipt. */
    static LocalDate stage1Due(LocalDate received) {
        return workingDaysAfter(received, 10);
    }

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
