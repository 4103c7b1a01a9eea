package org.cscrules.test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A deliberately wrong caseworker system, as the kit's users' systems go wrong: its own list of
 * bank holidays lacks the substitute day for Christmas 2022 (Tuesday 27 December), and its stage 2
 * count starts on the day of the request.
 */
final class WrongCaseSystem {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2022, 12, 26), LocalDate.of(2023, 1, 2));

    private WrongCaseSystem() {
    }

    /** The stage 1 response: 10 working days after receipt, on the system's own list. */
    static LocalDate stage1Due(LocalDate received) {
        return workingDaysAfter(received, 10);
    }

    /** The stage 2 response: 25 working days, wrongly counting the day of the request as the first. */
    static LocalDate stage2Due(LocalDate requested) {
        return workingDaysAfter(requested.minusDays(1), 25);
    }

    private static LocalDate workingDaysAfter(LocalDate start, int n) {
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
