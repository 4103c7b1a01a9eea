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
     * Writes {@code fileName} (PNG) into {@code directory}: one stacked bar per year, one segment per
     * row of the table; a count the report suppresses below {@code suppressBelow} is not drawn.
     */
    public static Path write(List<AnnualReport> years, String tableTitle, int suppressBelow, Path directory, String fileName)
            throws IOException {
        String note = suppressBelow > 1 ? " (counts below " + suppressBelow + " not shown)" : "";
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450).title(tableTitle + " by year" + note)
                .xAxisTitle("Year").yAxisTitle("Complaints").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        List<String> labels = years.stream().map(r -> r.period().label()).toList();
        ReportTable first = years.get(0).table(tableTitle);
        for (ReportTable.Row row : first.rows()) {
            if (row.label().equals("Total")) {
                continue;
            }
            List<Integer> counts = years.stream().map(r -> {
                ReportTable table = r.table(tableTitle);
                return AnnualReport.suppressed(table, suppressBelow).contains(row.label()) ? 0 : table.row(row.label()).counts().get(0);
            }).toList();
            chart.addSeries(row.label(), labels, counts);
        }
        Path file = directory.resolve(fileName);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
