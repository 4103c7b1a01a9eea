package org.cscrules.core.report;

import java.util.List;

/**
 * One table of the report: a title, column headings (the periods, earliest first) and rows of
 * counts, each row labelled. Where a table ends in a "Total" row, the rows above it sum to it in
 * every column. In a table of {@linkplain #rates() rates}, each period has two columns: the count,
 * then what it is out of.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the table's title, as councils' published reports title theirs
 * @param columns the headings of the count columns
 * @param rows the rows, the total last where there is one
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
     * where there is nothing to measure.
     *
     * @param label the row's label
     * @param counts the numbers
     */
    public record Row(String label, List<Integer> counts) {
        /** Copies the numbers (unmodifiable; a null stays null). */
        public Row {
            counts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(counts));
        }
    }

    /**
     * A table of counts.
     *
     * @param title the title
     * @param columns the headings
     * @param rows the rows
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

    /** Copies the lists and checks every row has a count per column, and a table of rates a pair per period. */
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

    /** The row labelled {@code label}. */
    public Row row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row '" + label + "' in '" + title + "'"));
    }
}
