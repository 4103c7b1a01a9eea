package org.cscrules.core.report;

import java.util.List;

/**
 * One table of the report: a title, column headings and rows of counts, each row labelled. Where
 * a table ends in a "Total" row, the rows above it sum to it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the table's title, as councils' published reports title theirs
 * @param columns the headings of the count columns
 * @param rows the rows, the total last where there is one
 */
public record ReportTable(String title, List<String> columns, List<Row> rows) {

    /** One labelled row of counts, one per column. */
    public record Row(String label, List<Integer> counts) {
        /** Copies the counts. */
        public Row {
            counts = List.copyOf(counts);
        }
    }

    /** Copies the lists and checks every row has a count per column. */
    public ReportTable {
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
