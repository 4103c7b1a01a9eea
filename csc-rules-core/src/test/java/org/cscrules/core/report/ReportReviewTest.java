package org.cscrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cscrules.core.Fixtures.BASIS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Events;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.request.ServiceArea;
import org.junit.jupiter.api.Test;

/**
 * The second independent review's findings on the whole report, each the reviewer's own case: a small
 * count a reader could work out, or a wrong number, and what now stops it.
 */
class ReportReviewTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2016);
    private static final LocalPolicy DEFAULTS = LocalPolicy.statutoryDefaults();
    private static final ReportSettings ONE_YEAR = new ReportSettings(ReportSettings.Rounding.HALF_UP, 0);
    private static final ReportSettings AREAS = ONE_YEAR.withTaxonomy(new CouncilTaxonomy(List.of("A", "B"), List.of(), List.of()));

    private static CaseRecord record(String area, LocalDate received, Finding finding, ReceiptMethod method, ProcessEvent... events) {
        ComplaintState state = Events.recorded(ComplaintState.receivedOn(received, received, BASIS), events);
        return new CaseRecord(SampleRequests.parentOfChildInNeed().withDates(ComplaintDates.of(received, received.minusDays(20)))
                .withReporting(new Reporting(method, PointOfReceipt.COMPLAINTS_TEAM, ServiceArea.CHILDREN_IN_NEED, finding, null, null)),
                Disposal.VALID_COMPLAINT, state, area == null ? null : new CouncilClassification(area, Set.of(), Set.of()));
    }

    private static CaseRecord answered(String area, LocalDate received, Finding finding) {
        return record(area, received, finding, ReceiptMethod.EMAIL,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(received, 5)));
    }

    private static boolean hidden(AnnualReport report, String table, String row, int column) {
        return report.hidden(report.table(table), AnnualReport.PUBLICATION_THRESHOLD).contains(new AnnualReport.Cell(row, column));
    }

    /** 3 upheld, 10 partly, 10 not: the findings are the 23 responses sent, so 23 - 10 - 10 must not be left to give the 3 away. */
    @Test
    void theFindingsAreTheResponsesSent() {
        List<CaseRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2016, 5, 2);
        for (int i = 0; i < 23; i++) {
            records.add(answered(null, day, i < 3 ? Finding.UPHELD : i < 13 ? Finding.PARTIALLY_UPHELD : Finding.NOT_UPHELD));
            day = day.plusDays(3);
        }
        for (int i = 0; i < 7; i++) {
            records.add(record(null, LocalDate.of(2017, 3, 20).plusDays(i % 3), null, ReceiptMethod.EMAIL));
        }
        AnnualReport report = AnnualReport.of(YEAR, records, DEFAULTS, ONE_YEAR);
        assertThat(hidden(report, "Stage 1 outcomes", "Upheld", 0)).isTrue();
        assertThat(hidden(report, "Stage 1 outcomes", "Partially upheld", 0) || hidden(report, "Stage 1 outcomes", "Not upheld", 0)
                || hidden(report, "Stage 1 response times", AnnualReport.TOTAL, 0) && hidden(report, "Escalation", AnnualReport.ESCALATION_TO_2, 1))
                .as("another finding, or every count of the responses sent, is hidden").isTrue();
    }

    /** Five hidden counts that add up to a total of 5 are each 1 (a zero is shown): the total is hidden too. */
    @Test
    void hiddenCountsOfOneCannotBePinnedByTheirTotal() {
        LocalDate day = LocalDate.of(2016, 6, 6);
        List<CaseRecord> records = List.of(answered(null, day, Finding.UPHELD), answered(null, day, Finding.PARTIALLY_UPHELD),
                answered(null, day, Finding.NOT_UPHELD),
                record(null, day, null, ReceiptMethod.EMAIL, ProcessEvent.of(EventType.WITHDRAWN, CALENDAR.plusWorkingDays(day, 2))),
                record(null, LocalDate.of(2017, 3, 27), null, ReceiptMethod.EMAIL));
        AnnualReport report = AnnualReport.of(YEAR, records, DEFAULTS, ONE_YEAR);
        assertThat(hidden(report, "Stage 1 outcomes", AnnualReport.TOTAL, 0)).isTrue();
    }

    /** Area A's 3 responses: its base is hidden in both tables by service area, else B's 12 and the 15 in all give it away. */
    @Test
    void theTwoTablesByServiceAreaHideTheSameBase() {
        for (ReportSettings settings : List.of(AREAS, AREAS.withTimelinessYear(ReportSettings.TimelinessYear.DUE))) {
            List<CaseRecord> records = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                records.add(answered(i < 3 ? "A" : "B", LocalDate.of(2016, 6, 6), Finding.NOT_UPHELD));
            }
            AnnualReport report = AnnualReport.of(YEAR, records, DEFAULTS, settings);
            assertThat(hidden(report, AnnualReport.ON_TIME_BY_AREA, "A", 1)).as("%s", settings.timelinessYear()).isTrue();
            assertThat(hidden(report, AnnualReport.UPHELD_BY_AREA, "A", 1)).as("%s", settings.timelinessYear()).isTrue();
            assertThat(hidden(report, AnnualReport.ON_TIME_BY_AREA, "B", 1) || hidden(report, AnnualReport.ESCALATION,
                    AnnualReport.ESCALATION_TO_2, 1)).as("%s: B's 12 or the 15", settings.timelinessYear()).isTrue();
        }
    }

    /** No share is printed of a hidden total: 7 of 20 printed as 35% would give the 20 away. */
    @Test
    void noPercentageOfAHiddenTotal() {
        List<CaseRecord> records = new ArrayList<>();
        records.add(record(null, LocalDate.of(2016, 3, 28), Finding.NOT_UPHELD, ReceiptMethod.EMAIL,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2016, 4, 6))));
        records.add(record(null, LocalDate.of(2016, 3, 29), Finding.NOT_UPHELD, ReceiptMethod.EMAIL,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2016, 4, 7))));
        for (int i = 0; i < 12; i++) {
            records.add(record(null, LocalDate.of(2015, 5, 4).plusDays(7L * i), Finding.NOT_UPHELD, ReceiptMethod.EMAIL,
                    ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2015, 5, 6).plusDays(7L * i))));
        }
        ReceiptMethod[] methods = {ReceiptMethod.EMAIL, ReceiptMethod.LETTER, ReceiptMethod.TELEPHONE_OR_VERBAL};
        LocalDate day = LocalDate.of(2016, 5, 2);
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < (k == 1 ? 6 : 7); i++) {
                records.add(record(null, day, Finding.NOT_UPHELD, methods[k],
                        ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(day, 4))));
                day = day.plusDays(7);
            }
        }
        AnnualReport report = AnnualReport.of(YEAR, records, DEFAULTS, new ReportSettings(ReportSettings.Rounding.HALF_UP, 1));
        String markdown = report.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD);
        for (String line : markdown.lines().toList()) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| Total | ") && cells.length > 4 && cells[2].strip().equals(AnnualReport.HIDDEN)) {
                assertThat(markdown).doesNotContain("| 7 | 35% |");
            }
        }
        assertThat(hidden(report, "Stage 1 complaints received by method of receipt", AnnualReport.TOTAL, 1)
                && markdown.contains("| Email | 2 |")).isFalse();
    }

    /** Stage 2 asked for in June 2015, never answered, re-opened in May 2016: overdue at the end of 2015-16. */
    @Test
    void anEarlierAttemptNeverAnsweredIsOverdue() {
        LocalDate received = LocalDate.of(2015, 5, 1);
        CaseRecord record = record(null, received, Finding.NOT_UPHELD, ReceiptMethod.EMAIL,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(received, 5)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2015, 6, 1)),
                ProcessEvent.stage2Reopened(LocalDate.of(2016, 5, 2), "a fresh investigator"),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2016, 6, 1)));
        AnnualReport report = AnnualReport.of(YEAR, List.of(record), DEFAULTS, new ReportSettings(ReportSettings.Rounding.HALF_UP, 1));
        assertThat(report.table("Responses overdue at the period's end").row("Stage 2 responses").counts()).containsExactly(1, 0);
        assertThat(report.table("Responses overdue at the period's end").row("Stage 1 responses").counts()).containsExactly(0, 0);
        assertThat(report.table("Stage 2 outcomes").row("Re-opened before a conclusion").counts()).containsExactly(0, 1);
    }

    /** Counted in the year due, a response due in February and never sent is owed, though the complaint was withdrawn in April. */
    @Test
    void aStageEndedAfterItsResponseWasDueStillOwedIt() {
        CaseRecord record = record(null, LocalDate.of(2017, 2, 1), null, ReceiptMethod.EMAIL,
                ProcessEvent.of(EventType.WITHDRAWN, LocalDate.of(2017, 4, 10)));
        AnnualReport report = AnnualReport.of(YEAR, List.of(record), DEFAULTS,
                ONE_YEAR.withTimelinessYear(ReportSettings.TimelinessYear.DUE));
        assertThat(report.table("Stage 1 response times").row("Not yet sent").counts()).containsExactly(1);
        assertThat(report.table("Responses overdue at the period's end").row("Stage 1 responses").counts()).containsExactly(1);
    }

    /** An area's report gives any other area's, as the council's does. */
    @Test
    void anAreasReportGivesAnotherArea() {
        AnnualReport report = AnnualReport.of(YEAR, List.of(answered("A", LocalDate.of(2016, 6, 6), Finding.UPHELD)), DEFAULTS, AREAS);
        assertThat(report.forServiceArea("A").forServiceArea("B")).isSameAs(report.forServiceArea("B"));
    }
}
