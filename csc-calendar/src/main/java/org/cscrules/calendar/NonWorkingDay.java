package org.cscrules.calendar;

import java.time.LocalDate;

/**
 * A weekday that is not a working day, with its name and the reason it does not count.
 *
 * <p>Weekends are not listed as {@code NonWorkingDay}s: they never count under reg. 2, so naming
 * them adds nothing. Christmas Day and Boxing Day that fall on a weekend are listed, because
 * reg. 2 names them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day; never null
 * @param name its name, e.g. "Bank holiday for the State Funeral of Queen Elizabeth II"; never null
 *     or blank
 * @param kind why the day does not count; never null
 */
public record NonWorkingDay(LocalDate date, String name, Kind kind) {

    /** Why a day is not a working day. */
    public enum Kind {
        /** Christmas Day, Boxing Day or Good Friday: named expressly in reg. 2 of SI 2006/1738. */
        NAMED_IN_REGULATION_2(true),
        /**
         * A bank holiday in England and Wales under the Banking and Financial Dealings Act 1971,
         * including substitute days and days appointed by royal proclamation (reg. 2).
         */
        BANK_HOLIDAY(true),
        /**
         * A council's own closure day. Reg. 2 does not exclude closure days: counting them is a
         * local policy choice, not the statute.
         */
        LOCAL_CLOSURE(false);

        private final boolean statutory;

        Kind(boolean statutory) {
            this.statutory = statutory;
        }

        /**
         * Whether the day is excluded by reg. 2 itself rather than by a council's local policy.
         *
         * @return true for {@link #NAMED_IN_REGULATION_2} and {@link #BANK_HOLIDAY}, false for
         *     {@link #LOCAL_CLOSURE}
         */
        public boolean isStatutory() {
            return statutory;
        }
    }

    /**
     * Checks that every component is present and the name is not blank.
     *
     * @param date the day; not null
     * @param name its name; not null or blank
     * @param kind why the day does not count; not null
     * @throws IllegalArgumentException if one is null or the name is blank
     */
    public NonWorkingDay {
        if (date == null || kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A non-working day needs a date, a name and a kind: "
                    + date + ", " + name + ", " + kind);
        }
    }
}
