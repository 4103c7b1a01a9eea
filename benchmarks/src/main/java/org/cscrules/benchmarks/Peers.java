package org.cscrules.benchmarks;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.cscrules.calendar.NonWorkingDay;
import org.cscrules.calendar.WorkingDayCalendar;

/** The peers the calendar is measured against, set up as their documentation recommends. */
final class Peers {

    /** Jollyday's subdivision for England. */
    static final String ENGLAND = "eng";

    private Peers() {
    }

    /** Jollyday's United Kingdom calendar, loaded (JAXB) on first call. */
    static HolidayManager jollyday() {
        return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    /** The obvious implementation: step a day at a time, asking Jollyday about each. */
    static LocalDate naivePlusWorkingDays(HolidayManager jollyday, LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !jollyday.isHoliday(day, ENGLAND)) {
                counted++;
            }
        }
        return day;
    }

    /** Jollyday's England holidays over the calendar's range, asked for once. */
    static Set<LocalDate> jollydayHolidaySet(HolidayManager jollyday) {
        return jollyday.getHolidays(WorkingDayCalendar.SUPPORTED_FROM, WorkingDayCalendar.SUPPORTED_TO, ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The obvious implementation done better: step a day at a time over a precomputed set. */
    static LocalDate setPlusWorkingDays(Set<LocalDate> holidays, LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * An ObjectLab Kit forward calculator holding exactly the calendar's non-working days. Not
     * thread-safe (it keeps the current date): one per thread.
     */
    static DateCalculator<LocalDate> objectLab(WorkingDayCalendar calendar) {
        Set<LocalDate> holidays = calendar
                .nonWorkingDays(WorkingDayCalendar.SUPPORTED_FROM, WorkingDayCalendar.SUPPORTED_TO).stream()
                .map(NonWorkingDay::date)
                .collect(Collectors.toSet());
        String name = "EW-" + System.identityHashCode(calendar);
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays(name, new DefaultHolidayCalendar<>(holidays,
                WorkingDayCalendar.SUPPORTED_FROM, WorkingDayCalendar.SUPPORTED_TO));
        return factory.getDateCalculator(name, HolidayHandlerType.FORWARD);
    }

    static LocalDate objectLabPlusWorkingDays(DateCalculator<LocalDate> calculator, LocalDate start, int n) {
        return calculator.setStartDate(start).moveByBusinessDays(n).getCurrentBusinessDate();
    }
}
