package org.cscrules.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.cscrules.calendar.NonWorkingDay;
import org.cscrules.calendar.WorkingDayCalendar;

/**
 * Prints the statutory working-day deadlines that would start on a date, and the non-working days
 * the count skips: {@code DeadlinesForDate 2022-12-23}. Without an argument it uses today.
 */
public final class DeadlinesForDate {

    /** The clocks of SI 2006/1738 that a single trigger date can start. */
    enum Clock2006 {
        STAGE_1(10, "stage 1 response, if the complaint was received that day", "reg. 14"),
        STAGE_1_EXTENDED(20, "stage 1 response at the latest, if extended", "reg. 14"),
        STAGE_2(25, "stage 2 response, if stage 2 was requested that day", "reg. 17"),
        REVIEW_PANEL(30, "review panel meets, if the panel was requested that day", "reg. 19(4)"),
        STAGE_2_EXTENDED(65, "stage 2 response at the latest, if extended", "reg. 17");

        final int workingDays;
        final String meaning;
        final String citation;

        Clock2006(int workingDays, String meaning, String citation) {
            this.workingDays = workingDays;
            this.meaning = meaning;
            this.citation = citation;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);

    private DeadlinesForDate() {
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static void main(String[] args) {
        LocalDate start;
        try {
            start = args.length == 0 ? LocalDate.now(Clock.systemDefaultZone()) : LocalDate.parse(args[0]);
        } catch (DateTimeParseException e) {
            System.err.println("Give a date as YYYY-MM-DD, e.g. 2022-12-23: " + e.getParsedString());
            System.exit(2);
            return;
        }
        try {
            print(WorkingDayCalendar.englandAndWales(), start, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static void print(WorkingDayCalendar calendar, LocalDate start, PrintStream out) {
        Map<Clock2006, LocalDate> due = new EnumMap<>(Clock2006.class);
        for (Clock2006 clock : Clock2006.values()) {
            due.put(clock, calendar.plusWorkingDays(start, clock.workingDays));
        }
        LocalDate last = due.get(Clock2006.STAGE_2_EXTENDED);

        out.printf("Deadlines starting on %s, in working days (SI 2006/1738 reg. 2):%n%n", DAY.format(start));
        due.forEach((clock, date) -> out.printf("  %2d  %-16s %s%s (%s)%n", clock.workingDays, DAY.format(date),
                clock.meaning, calendar.isProvisional(date) ? " [provisional]" : "", clock.citation));

        long weekendDays = start.plusDays(1).datesUntil(last.plusDays(1)).filter(DeadlinesForDate::isWeekend).count();
        out.printf("%nNot counted up to %s: %d Saturdays and Sundays, and%n", DAY.format(last), weekendDays);
        for (NonWorkingDay day : calendar.nonWorkingDays(start.plusDays(1), last)) {
            if (!isWeekend(day.date())) {
                out.printf("  %-16s %s%s%n", DAY.format(day.date()), day.name(),
                        day.kind() == NonWorkingDay.Kind.NAMED_IN_REGULATION_2 ? " (named in reg. 2)" : "");
            }
        }
        if (calendar.isProvisional(last)) {
            out.printf("%n[provisional]: after %s, the last day of the official bank-holiday list;"
                    + " a new proclamation could still move it.%n", calendar.officialDataUntil());
        }
    }
}
