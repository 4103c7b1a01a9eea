package org.cscrules.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the bundled table {@value BundledHolidays#JOLLYDAY_TABLE} from Jollyday: the
 * United Kingdom calendar with subdivision {@code eng} (a wrong subdivision silently drops Easter
 * Monday and the Summer bank holiday), every year of the supported range.
 */
final class JollydayTable {

    /** Jollyday's subdivision code for England. */
    static final String ENGLAND = "eng";

    private JollydayTable() {
    }

    static HolidayManager manager() {
        return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    /** The table's lines, header included, exactly as the bundled resource should hold them. */
    static List<String> generate() {
        List<Holiday> holidays = new ArrayList<>(manager().getHolidays(
                WorkingDayCalendar.SUPPORTED_FROM, WorkingDayCalendar.SUPPORTED_TO, ENGLAND));
        holidays.sort(Comparator.comparing(Holiday::getDate).thenComparing(Holiday::getPropertiesKey));
        List<String> lines = new ArrayList<>();
        lines.add("# Generated from Jollyday (de.focus-shift:jollyday-core) for United Kingdom / eng, "
                + WorkingDayCalendar.SUPPORTED_FROM.getYear() + "-" + WorkingDayCalendar.SUPPORTED_TO.getYear() + ".");
        lines.add("# Do not edit: JollydayTableTest regenerates it into target/ when Jollyday's answer changes.");
        lines.add("# Columns (tab-separated): date, name");
        for (Holiday holiday : holidays) {
            lines.add(holiday.getDate() + "\t" + name(holiday));
        }
        return lines;
    }

    /** Jollyday says "Christmas"; reg. 2 and the official list say "Christmas Day". */
    private static final Map<String, String> RENAMED = Map.of("CHRISTMAS", "Christmas Day");

    private static String name(Holiday holiday) {
        String name = RENAMED.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription(Locale.ENGLISH));
        boolean substitute = !holiday.getDate().equals(holiday.getActualDate());
        return substitute ? name + " (substitute day)" : name;
    }
}
