package org.cscrules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled data stays equal to its source: the table to Jollyday's current answer, and the
 * proclamation overlay to exactly what Jollyday still lacks.
 */
class JollydayTableTest {

    private static final HolidayManager JOLLYDAY = JollydayTable.manager();

    @Test
    void bundledTableIsJollydaysCurrentAnswer() throws IOException {
        List<String> expected = JollydayTable.generate();
        List<String> bundled;
        try (InputStream in = BundledHolidays.class.getResourceAsStream(BundledHolidays.JOLLYDAY_TABLE)) {
            assertThat(in).as("bundled table").isNotNull();
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        if (!bundled.equals(expected)) {
            Path fresh = Path.of("target", BundledHolidays.JOLLYDAY_TABLE).toAbsolutePath();
            Files.createDirectories(fresh.getParent());
            Files.write(fresh, expected, StandardCharsets.UTF_8);
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(bundled);
            List<String> extra = new ArrayList<>(bundled);
            extra.removeAll(expected);
            throw new AssertionError("The bundled holiday table is stale. Jollyday now adds "
                    + missing.size() + " lines " + firstFew(missing) + " and drops " + extra.size() + " lines "
                    + firstFew(extra) + ". Review, then copy " + fresh + " to src/main/resources/org/cscrules/calendar/");
        }
    }

    private static List<String> firstFew(List<String> lines) {
        return lines.subList(0, Math.min(lines.size(), 10));
    }

    /** Subdivision {@code eng} matters: without it Easter Monday and the Summer bank holiday vanish. */
    @Test
    void everyYearHasEasterMondayAndTheSummerBankHoliday() {
        Map<Integer, List<LocalDate>> byYear = BundledHolidays.rows(BundledHolidays.JOLLYDAY_TABLE, 2).stream()
                .map(row -> LocalDate.parse(row[0]))
                .collect(Collectors.groupingBy(LocalDate::getYear));
        for (int year = WorkingDayCalendar.SUPPORTED_FROM.getYear(); year <= WorkingDayCalendar.SUPPORTED_TO.getYear(); year++) {
            LocalDate easterMonday = Easter.sunday(year).plusDays(1);
            assertThat(byYear.get(year)).as("bank holidays of %d", year)
                    .contains(easterMonday)
                    .anyMatch(d -> d.getMonth() == Month.AUGUST && d.getDayOfMonth() > 24);
        }
    }

    @Test
    void everyCorrectionFixesSomethingJollydayStillGetsWrong() {
        Map<LocalDate, String> jollydayNames = BundledHolidays.rows(BundledHolidays.JOLLYDAY_TABLE, 2).stream()
                .collect(Collectors.toMap(row -> LocalDate.parse(row[0]), row -> row[1]));
        for (String[] row : BundledHolidays.rows(BundledHolidays.PROCLAMATIONS, 4)) {
            LocalDate date = LocalDate.parse(row[0]);
            boolean jollydayHasIt = JOLLYDAY.isHoliday(date, JollydayTable.ENGLAND);
            boolean proclaimed = row[1].equals("proclaimed");
            assertThat(jollydayHasIt)
                    .as("%s is %s in the overlay, so Jollyday must %s it (else drop the line)",
                            date, row[1], proclaimed ? "lack" : "have")
                    .isEqualTo(!proclaimed);
            if (row[1].equals("renamed")) {
                assertThat(jollydayNames.get(date)).as("Jollyday's name for %s", date).isNotEqualTo(row[2]);
            }
            assertThat(row[3]).as("authority of %s", date).isNotBlank();
        }
    }

    @Test
    void easterAgreesWithJollydaysGoodFriday() {
        for (int year = WorkingDayCalendar.SUPPORTED_FROM.getYear(); year <= WorkingDayCalendar.SUPPORTED_TO.getYear(); year++) {
            LocalDate goodFriday = Easter.sunday(year).minusDays(2);
            assertThat(JOLLYDAY.isHoliday(goodFriday, JollydayTable.ENGLAND)).as("Good Friday %s", goodFriday).isTrue();
        }
    }
}
