package org.cscrules.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cscrules.core.report.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report example: reproducible synthetic years of at least 150 records, and the report
 * committed under docs/annual-report/ equal to what the example writes now.
 */
class AnnualReportExampleTest {

    private static final Path COMMITTED = Path.of("..", "docs", "annual-report");

    @Test
    void aSyntheticYearIsReproducibleAndBigEnough() {
        ReportingPeriod period = ReportingPeriod.financialYear(2025);
        assertThat(SyntheticYear.of(period, AnnualReportExample.RECORDS, 7L))
                .hasSizeGreaterThanOrEqualTo(150)
                .isEqualTo(SyntheticYear.of(period, AnnualReportExample.RECORDS, 7L))
                .allMatch(r -> period.contains(r.request().dates().received()));
    }

    @Test
    void theCommittedReportIsWhatTheExampleWrites(@TempDir Path fresh) throws IOException {
        AnnualReportExample.write(fresh);
        for (String file : new String[] {"annual-report-2025-26.md", "annual-report-2025-26.csv", AnnualReportExample.PROCEDURE}) {
            assertThat(Files.readString(COMMITTED.resolve(file), StandardCharsets.UTF_8))
                    .as("docs/annual-report/%s is stale: run the AnnualReportExample", file)
                    .isEqualTo(Files.readString(fresh.resolve(file), StandardCharsets.UTF_8));
        }
        for (String chart : new String[] {"stage-1-response-times.png", "stage-1-outcomes.png"}) {
            byte[] png = Files.readAllBytes(fresh.resolve(chart));
            assertThat(png).hasSizeGreaterThan(1000);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            assertThat(COMMITTED.resolve(chart)).exists();
        }
        assertThat(Files.readString(fresh.resolve("annual-report-2025-26.md"), StandardCharsets.UTF_8))
                .contains("Counts below 5, and as many others as it takes that none can be worked out from the rest (from a total, another table, another year or a service area's report), are shown as *", "## Stage 1 response times", "| Total | 180 | 100% | 180 | 100% | 180 | 100% |");
    }
}
