package org.cscrules.benchmarks;

import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;

/**
 * One answer in a fresh JVM, for the whole-process cold-start measurement of {@code cold-start.sh}:
 * {@code jvm} (nothing: the JVM's own start), {@code csc} (the first answer of
 * {@code WorkingDayCalendar.englandAndWales()}) or {@code jollyday} (the first answer of Jollyday,
 * which the calendar would pay if it loaded Jollyday at run time).
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        LocalDate funeral = LocalDate.of(2022, 9, 19);
        boolean holiday = switch (args.length == 0 ? "" : args[0]) {
            case "jvm" -> true;
            case "csc" -> !WorkingDayCalendar.englandAndWales().isWorkingDay(funeral);
            case "jollyday" -> Peers.jollyday().isHoliday(funeral, Peers.ENGLAND);
            default -> throw new IllegalArgumentException("usage: ColdStart jvm|csc|jollyday");
        };
        if (!holiday) {
            throw new IllegalStateException("19 September 2022 must be a bank holiday");
        }
    }
}
