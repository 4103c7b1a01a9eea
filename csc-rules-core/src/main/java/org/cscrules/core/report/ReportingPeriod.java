package org.cscrules.core.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The period a report covers, both days included: by default a financial year, 1 April to 31
 * March, as councils' published reports are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    /**
     * Checks that both days are given and in order.
     *
     * @param from the first day; not null
     * @param to the last day; not null, not before {@code from}
     * @throws IllegalArgumentException if a day is null or {@code to} is before {@code from}
     */
    public ReportingPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A reporting period needs a first and a last day, in order: " + from + ", " + to);
        }
    }

    /**
     * The financial year starting 1 April {@code startYear}: 2016 is 2016-17.
     *
     * @param startYear the calendar year of its 1 April
     * @return 1 April {@code startYear} to 31 March the year after; never null
     * @throws java.time.DateTimeException if the year is outside what {@link LocalDate} supports
     */
    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /**
     * The same period {@code years} years earlier: 2016-17 is two years before 2018-19.
     *
     * @param years how many years earlier; 0 or more
     * @return the earlier period; never null
     */
    public ReportingPeriod yearsEarlier(int years) {
        return new ReportingPeriod(from.minusYears(years), to.minusYears(years));
    }

    /**
     * Whether {@code date} falls in the period, both ends included.
     *
     * @param date a day, or null (a date not recorded)
     * @return true if it is from {@link #from()} to {@link #to()}; false when {@code date} is null
     */
    public boolean contains(@Nullable LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * The period's heading in a report's tables.
     *
     * @return "2016-17" for a financial year, else "2016-04-01 to 2016-12-31"; never null
     */
    public String label() {
        boolean financialYear = from.getMonthValue() == 4 && from.getDayOfMonth() == 1
                && to.equals(from.plusYears(1).minusDays(1));
        return financialYear ? from.getYear() + "-" + String.format("%02d", (from.getYear() + 1) % 100) : from + " to " + to;
    }
}
