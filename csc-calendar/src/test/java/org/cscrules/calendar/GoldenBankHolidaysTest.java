package org.cscrules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every day of 2012-01-01..2028-12-31 against the official England and Wales list
 * ({@code bank-holidays-england-and-wales.csv}, copied from shared/data): the calendar must give
 * no wrong answer for {@code isWorkingDay}, {@code plusWorkingDays} or {@code workingDaysBetween}
 * on any start date, nor for {@code minusWorkingDays}, {@code nextWorkingDay} or
 * {@code previousWorkingDay}. The oracle counts day by day over the official list alone.
 */
class GoldenBankHolidaysTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2028, 12, 31);
    /** Every statutory length of statute.md §1 (10, 20, 25, 30, 65) plus small and odd ones. */
    private static final int[] LENGTHS = {0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 45, 65, 100};
    /** workingDaysBetween is checked from every start date to every end date up to this far on. */
    private static final int MAX_SPAN_DAYS = 120;

    private static Set<LocalDate> official;
    private static List<LocalDate> days;

    @BeforeAll
    static void loadOfficialList() throws IOException {
        try (InputStream in = GoldenBankHolidaysTest.class.getResourceAsStream("/bank-holidays-england-and-wales.csv")) {
            official = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toUnmodifiableSet());
        }
        days = FIRST.datesUntil(LAST.plusDays(1)).toList();
    }

    private static boolean officiallyWorking(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !official.contains(day);
    }

    /**
     * The oracle: step one day at a time ({@code step} = +1 forwards, -1 backwards), counting
     * official working days; null once it leaves the official list.
     */
    private static LocalDate officialMove(LocalDate start, int n, int step) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(step);
            if (day.isAfter(LAST) || day.isBefore(FIRST)) {
                return null;
            }
            if (officiallyWorking(day)) {
                counted++;
            }
        }
        return day;
    }

    private static LocalDate officialPlus(LocalDate start, int n) {
        return officialMove(start, n, 1);
    }

    private static LocalDate officialMinus(LocalDate start, int n) {
        return officialMove(start, n, -1);
    }

    @Test
    void theOfficialListIsTheOneExpected() {
        assertThat(official).hasSize(140).contains(LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));
        assertThat(CALENDAR.officialDataUntil()).isEqualTo(LAST);
    }

    @Test
    void isWorkingDayHasNoWrongAnswer() {
        List<LocalDate> wrong = days.stream()
                .filter(day -> CALENDAR.isWorkingDay(day) != officiallyWorking(day))
                .toList();
        assertThat(wrong).as("days the calendar gets wrong").isEmpty();
        assertThat(days).hasSize(6210);
    }

    @Test
    void everyOfficialHolidayIsListedAndNothingElse() {
        Set<LocalDate> listed = CALENDAR.nonWorkingDays(FIRST, LAST).stream()
                .filter(day -> day.date().getDayOfWeek().getValue() <= 5)
                .map(NonWorkingDay::date)
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(official);
    }

    @Test
    void plusWorkingDaysHasNoWrongAnswerOnAnyStartDate() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (LocalDate start : days) {
            for (int n : LENGTHS) {
                LocalDate expected = officialPlus(start, n);
                if (expected == null) {
                    continue;
                }
                checked++;
                LocalDate actual = CALENDAR.plusWorkingDays(start, n);
                if (!actual.equals(expected)) {
                    wrong.add(start + " + " + n + " = " + actual + ", officially " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(days.size() * (LENGTHS.length - 1));
    }

    @Test
    void minusNextAndPreviousHaveNoWrongAnswerOnAnyStartDate() {
        List<String> wrong = new ArrayList<>();
        for (LocalDate start : days) {
            for (int n : LENGTHS) {
                LocalDate expected = officialMinus(start, n);
                if (expected != null && !CALENDAR.minusWorkingDays(start, n).equals(expected)) {
                    wrong.add(start + " - " + n + " = " + CALENDAR.minusWorkingDays(start, n) + ", officially " + expected);
                }
            }
            LocalDate next = officialPlus(start, 1);
            if (next != null && !CALENDAR.nextWorkingDay(start).equals(next)) {
                wrong.add("next after " + start);
            }
            LocalDate previous = officialMinus(start, 1);
            if (previous != null && !CALENDAR.previousWorkingDay(start).equals(previous)) {
                wrong.add("previous before " + start);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void workingDaysBetweenHasNoWrongAnswerOnAnyStartDate() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            int count = 0;
            for (int j = i; j < Math.min(days.size(), i + MAX_SPAN_DAYS); j++) {
                if (j > i && officiallyWorking(days.get(j))) {
                    count++;
                }
                int actual = CALENDAR.workingDaysBetween(days.get(i), days.get(j));
                if (actual != count) {
                    wrong.add(days.get(i) + ".." + days.get(j) + " = " + actual + ", officially " + count);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
