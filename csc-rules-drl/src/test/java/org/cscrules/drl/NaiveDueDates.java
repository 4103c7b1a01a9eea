package org.cscrules.drl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cscrules.core.timescale.Suspension;

/**
 * An oracle for a complaint's due dates that shares nothing with the library's calendar or its
 * deadline arithmetic: it walks one day at a time, skipping Saturdays, Sundays and the official
 * England and Wales bank holidays (the calendar module's golden list, 2012 to 2028). Deliberately
 * naive, so that it is easy to believe. It counts as the statutory defaults do: no closure days,
 * and the first working day after the trigger is day 1.
 *
 * <p>Suspensions of the whole complaint (reg. 8), as the procedure's documentation describes them:
 * the clock stops on the day consideration is suspended and runs on from the day it resumes, so a
 * working day after the suspension and up to the resumption, both of them, never counts; a deadline
 * that falls on the day of the suspension itself has no day left to run, and falls due on the day
 * of the resumption, or the first working day after it when consideration resumes on a day that is
 * not one. A suspension still open, or of part of the complaint, pauses nothing here.
 */
final class NaiveDueDates {

    /** The first day of the official list. */
    static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    /** The last day of the official list: no date after it can be checked. */
    static final LocalDate LAST = LocalDate.of(2028, 12, 31);

    private static final Set<LocalDate> BANK_HOLIDAYS = load();

    private NaiveDueDates() {
    }

    /** Whether {@code day} is a working day: not a weekend or an official bank holiday. */
    static boolean isWorkingDay(LocalDate day) {
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new IllegalArgumentException(day + " is outside the official list, " + FIRST + " to " + LAST);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(day);
    }

    /** The day {@code n} working days from {@code trigger} end, paused by the whole, ended suspensions among {@code suspensions}. */
    static LocalDate workingDays(LocalDate trigger, int n, List<Suspension> suspensions) {
        List<Suspension> pausing = suspensions.stream().filter(s -> s.whole() && !s.isOpen()).toList();
        LocalDate day = trigger;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            LocalDate today = day;
            boolean paused = pausing.stream().anyMatch(s -> today.isAfter(s.suspended()) && !today.isAfter(s.resumed()));
            if (isWorkingDay(day) && !paused) {
                counted++;
            }
        }
        for (Suspension suspension : pausing) {
            if (n > 0 && suspension.suspended().equals(day)) {
                day = suspension.resumed();
                while (!isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
            }
        }
        return day;
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
