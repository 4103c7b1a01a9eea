package org.cscrules.examples.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cscrules.core.report.AnnualReport;
import org.cscrules.core.report.ReportTable;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.BitmapEncoder;

/** Charts across several years of reports (XChart, PNG): one stacked bar per year for a table of the report. */
public final class ReportCharts {

    private ReportCharts() {
    }

    /**
     * Writes {@code fileName} (PNG) into {@code directory}: one stacked bar per period of the report
     * (the earlier years and the report's own), one segment per row of the table; a count the
     * report suppresses below {@code suppressBelow} is not drawn.
     *
     * @param report the report, with its earlier years
     * @param tableTitle the table to draw
     * @param suppressBelow the report's threshold for publication
     * @param directory where to write
     * @param fileName the file's name
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path write(AnnualReport report, String tableTitle, int suppressBelow, Path directory, String fileName)
            throws IOException {
        String note = suppressBelow > 1 ? " (counts below " + suppressBelow + " not shown)" : "";
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450).title(tableTitle + " by year" + note)
                .xAxisTitle("Year").yAxisTitle("Complaints").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        ReportTable table = report.table(tableTitle);
        java.util.Set<AnnualReport.Cell> hidden = report.hidden(table, suppressBelow);
        for (ReportTable.Row row : table.rows()) {
            if (row.label().equals("Total")) {
                continue;
            }
            List<Integer> counts = new java.util.ArrayList<>();
            for (int column = 0; column < table.columns().size(); column++) {
                counts.add(hidden.contains(new AnnualReport.Cell(row.label(), column)) ? 0 : row.counts().get(column));
            }
            chart.addSeries(row.label(), table.columns(), counts);
        }
        Path file = directory.resolve(fileName);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
