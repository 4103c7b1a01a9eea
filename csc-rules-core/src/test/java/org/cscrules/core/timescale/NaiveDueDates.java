package org.cscrules.core.timescale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An oracle for due dates that shares nothing with the library's calendar: it walks one day at a
 * time, skipping Saturdays, Sundays, the official England and Wales bank holidays (the calendar
 * module's golden list, 2012 to 2028) and any closure days. Deliberately naive, so that it is easy
 * to believe: the tests check the library's dates against it, never the other way round.
 *
 * <p>The counting convention, as the procedure's documentation gives it: n working days from a
 * trigger end on the n-th working day after the trigger (the first working day after it is day 1),
 * or, where the council counts the trigger day and it is a working day, on the n-th counting the
 * trigger as day 1; 0 working days end on the trigger. Weeks are seven calendar days each. Months
 * end on the same day of the month n months on, or on that month's last day where it has no such day.
 */
final class NaiveDueDates {

    /** The first day of the official list. */
    static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    /** The last day of the official list: no date after it can be checked. */
    static final LocalDate LAST = LocalDate.of(2028, 12, 31);

    /** The official bank holidays of England and Wales, 2012 to 2028. */
    static final Set<LocalDate> BANK_HOLIDAYS = load();

    private NaiveDueDates() {
    }

    /** Whether {@code day} is a working day: not a weekend, a bank holiday or one of {@code closures}. */
    static boolean isWorkingDay(LocalDate day, Set<LocalDate> closures) {
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new IllegalArgumentException(day + " is outside the official list, " + FIRST + " to " + LAST);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BANK_HOLIDAYS.contains(day) && !closures.contains(day);
    }

    /** The day {@code n} working days from {@code trigger} end, walking one day at a time. */
    static LocalDate workingDays(LocalDate trigger, int n, boolean countTriggerDay, Set<LocalDate> closures) {
        int counted = countTriggerDay && n > 0 && isWorkingDay(trigger, closures) ? 1 : 0;
        LocalDate day = trigger;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, closures)) {
                counted++;
            }
        }
        return day;
    }

    /** The day {@code n} weeks after {@code trigger}: seven calendar days a week. */
    static LocalDate weeks(LocalDate trigger, int n) {
        LocalDate day = trigger;
        for (int i = 0; i < 7 * n; i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The same day of the month {@code n} months after {@code trigger}, or that month's last day. */
    static LocalDate months(LocalDate trigger, int n) {
        int index = trigger.getYear() * 12 + trigger.getMonthValue() - 1 + n;
        int year = index / 12;
        int month = index % 12 + 1;
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int last = month == 2 ? (leap ? 29 : 28) : List.of(4, 6, 9, 11).contains(month) ? 30 : 31;
        return LocalDate.of(year, month, Math.min(trigger.getDayOfMonth(), last));
    }

    private static Set<LocalDate> load() {
        try (InputStream in = NaiveDueDates.class.getResourceAsStream("/bank-holidays-england-and-wales.csv")) {
            if (in == null) {
                throw new IllegalStateException("bank-holidays-england-and-wales.csv is not on the test classpath");
            }
            Set<LocalDate> days = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toUnmodifiableSet());
            if (days.size() != 140) {
                throw new IllegalStateException("expected the 140 official bank holidays of 2012 to 2028, read " + days.size());
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
