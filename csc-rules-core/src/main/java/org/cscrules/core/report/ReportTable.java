package org.cscrules.core.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of the report: a title, column headings (the periods, earliest first) and rows of
 * counts, each row labelled. Where a table ends in a "Total" row, the rows above it sum to it in
 * every column. In a table of {@linkplain #rates() rates}, each period has two columns: the count,
 * then what it is out of.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the table's title, as councils' published reports title theirs
 * @param columns the headings of the count columns; unmodifiable
 * @param rows the rows, the total last where there is one; unmodifiable
 * @param kind counts, rates (a count and its base per period), or values such as a median
 */
public record ReportTable(String title, List<String> columns, List<Row> rows, Kind kind) {

    /** What a table's numbers are. */
    public enum Kind {
        /** Counts of complaints or events, a column per period; small counts are suppressed for publication. */
        COUNTS,
        /** A count and what it is out of, two columns per period. */
        RATES,
        /**
         * Values that are not counts of people (a median number of working days), a column per period;
         * never suppressed; none where there is nothing to measure.
         */
        VALUES
    }

    /**
     * One labelled row of numbers, one per column; in a table of {@linkplain Kind#VALUES values}, null
     * where there is nothing to measure. Its {@link Role} says what the row is, so that a reader (and
     * the report's own arithmetic) never has to recognise a total or a late response by its label.
     *
     * @param label the row's label
     * @param counts the numbers, one per column; an element is null only in a table of values, where
     *     there is nothing to measure; unmodifiable
     * @param role what the row is: a part of the table, its total, or one of the rows a rate leaves out
     */
    public record Row(String label, List<@Nullable Integer> counts, Role role) {

        /** What a row is, for arithmetic over a table. */
        public enum Role {
            /** One part of the whole: the parts of a table with a total add up to it; in a table of response times, a response on time. */
            PART,
            /** The table's total: the sum of the rows above it. */
            TOTAL,
            /** In a table of response times: responses sent after their deadline. */
            LATE,
            /** In a table of response times: responses whose clock's start was not recorded. */
            START_NOT_RECORDED,
            /** In a table of response times: responses owed and not yet sent. */
            NOT_YET_SENT,
            /** An amount of money, not a count of people: never suppressed. */
            AMOUNT
        }

        /**
         * Copies the numbers (unmodifiable; a null stays null).
         *
         * @param label the row's label
         * @param counts the numbers, one per column; not null, an element null where there is
         *     nothing to measure
         * @param role what the row is; not null
         * @throws IllegalArgumentException if the role is null
         */
        public Row {
            if (role == null) {
                throw new IllegalArgumentException("A row needs its role: " + label);
            }
            counts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(counts));
        }

        /**
         * A row that is one part of its table.
         *
         * @param label the row's label
         * @param counts the numbers, one per column; not null, an element null where there is
         *     nothing to measure
         */
        public Row(String label, List<@Nullable Integer> counts) {
            this(label, counts, Role.PART);
        }
    }


    /**
     * A table of counts.
     *
     * @param title the title
     * @param columns the headings
     * @param rows the rows, each with a count per column
     * @throws IllegalArgumentException if a row has not one count per column
     */
    public ReportTable(String title, List<String> columns, List<Row> rows) {
        this(title, columns, rows, Kind.COUNTS);
    }

    /**
     * Whether each period has a count and what it is out of.
     *
     * @return true for a table of rates
     */
    public boolean rates() {
        return kind == Kind.RATES;
    }

    /**
     * Copies the lists and checks every row has a count per column, and a table of rates a pair per period.
     *
     * @param title the table's title
     * @param columns the headings of the count columns; not null, no null
     * @param rows the rows; not null, no null
     * @param kind what the numbers are; not null
     * @throws IllegalArgumentException if the kind is null, a row has not one count per column, or a
     *     table of rates has an odd number of columns
     * @throws NullPointerException if a list is null or holds a null
     */
    public ReportTable {
        if (kind == null) {
            throw new IllegalArgumentException("A table needs its kind: " + title);
        }
        if (kind == Kind.RATES && columns.size() % 2 != 0) {
            throw new IllegalArgumentException("A table of rates has a count and a base per period: " + title);
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.counts().size() != columns.size()) {
                throw new IllegalArgumentException("Row '" + row.label() + "' of '" + title + "' has "
                        + row.counts().size() + " counts for " + columns.size() + " columns");
            }
        }
    }

    /**
     * The table's total row, if it has one.
     *
     * @return the row whose role is {@link Row.Role#TOTAL}, or empty
     */
    public java.util.Optional<Row> total() {
        return rows.stream().filter(r -> r.role() == Row.Role.TOTAL).findFirst();
    }

    /**
     * The row labelled {@code label}.
     *
     * @param label a row's label
     * @return the first row so labelled; never null
     * @throws IllegalArgumentException if the table has no such row
     */
    public Row row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row '" + label + "' in '" + title + "'"));
    }
}
