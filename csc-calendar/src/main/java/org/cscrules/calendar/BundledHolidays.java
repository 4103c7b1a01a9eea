package org.cscrules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The England and Wales bank-holiday data shipped in this jar, and the calendar built from it.
 *
 * <ul>
 *   <li>{@value #JOLLYDAY_TABLE}: Jollyday's answer for {@code gb}/{@code eng} over the whole
 *       supported range, generated from Jollyday by the tests, which fail when it goes stale. Shipping
 *       the table instead of Jollyday takes its one-second JAXB start-up, and its dependencies, off
 *       every caller's path.</li>
 *   <li>{@value #PROCLAMATIONS}: hand-kept corrections, each with its authority: proclaimed
 *       days Jollyday lacks, days a proclamation moved, and official names where Jollyday's differ.
 *       A test fails when Jollyday catches up with a line, so that the line can go.</li>
 * </ul>
 */
final class BundledHolidays {

    static final String JOLLYDAY_TABLE = "jollyday-gb-eng.tsv";
    static final String PROCLAMATIONS = "proclamations.tsv";

    /**
     * The last day of the official England and Wales list (GOV.UK) that the golden test checks
     * every day against. Move it on when a newer official list joins the golden test.
     */
    static final LocalDate OFFICIAL_DATA_UNTIL = LocalDate.of(2028, 12, 31);

    private BundledHolidays() {
    }

    static WorkingDayCalendar englandAndWales() {
        WorkingDayCalendar.Builder builder = WorkingDayCalendar.regulation2Only(OFFICIAL_DATA_UNTIL);
        for (String[] row : rows(JOLLYDAY_TABLE, 2)) {
            builder.tableBankHoliday(date(row[0]), row[1]);
        }
        for (String[] row : rows(PROCLAMATIONS, 4)) {
            switch (row[1]) {
                case "proclaimed" -> builder.proclaimedBankHoliday(date(row[0]), row[2]);
                case "revoked" -> builder.revokedBankHoliday(date(row[0]));
                case "renamed" -> builder.renamedBankHoliday(date(row[0]), row[2]);
                default -> throw new IllegalStateException(
                        PROCLAMATIONS + ": unknown action '" + row[1] + "' on " + row[0]);
            }
        }
        return builder.build();
    }

    /** The tab-separated rows of a bundled resource, without blank lines and # comments. */
    static List<String[]> rows(String resource, int columns) {
        String text;
        try (InputStream in = BundledHolidays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + resource, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (String rawLine : text.split("\n")) {
            String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * An ISO date, {@code yyyy-MM-dd}. Parsed by hand: {@code LocalDate.parse} would load the
     * whole {@code java.time.format} machinery, a third of the calendar's start-up.
     */
    static LocalDate date(String text) {
        try {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                throw new NumberFormatException(text);
            }
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalStateException("Bad date in bundled holiday data: " + text, e);
        }
    }
}
