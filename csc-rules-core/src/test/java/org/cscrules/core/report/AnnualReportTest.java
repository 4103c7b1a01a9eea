package org.cscrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cscrules.core.Fixtures.BASIS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Events;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.request.ServiceArea;
import org.junit.jupiter.api.Test;

/**
 * Record sets whose tables are known. The first recreates seed 001 (Cheshire West and Chester,
 * 2016-17): 140 representations, 52 valid complaints; at stage 1 7 upheld, 31 partially upheld,
 * 14 not upheld; responses within 10 working days 14, within 20 another 20, later 18 (table 7:
 * "responded to 34 within the statutory timescales").
 */
class AnnualReportTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2016);

    private static ComplaintRequest request(LocalDate received, Finding stage1) {
        return SampleRequests.parentOfChildInNeed()
                .withDates(ComplaintDates.of(received, received.minusDays(20)))
                .withReporting(new Reporting(ReceiptMethod.EMAIL, PointOfReceipt.COMPLAINTS_TEAM, ServiceArea.CHILDREN_IN_NEED,
                        stage1, null, null));
    }

    /** A valid complaint received on {@code received} under the statutory defaults, answered at stage 1 after {@code workingDays}. */
    private static CaseRecord answered(LocalDate received, int workingDays, Finding finding) {
        return answered(received, workingDays, finding, BASIS);
    }

    /** The same, received under {@code basis}; the working days are counted on the reg. 2 calendar alone. */
    private static CaseRecord answered(LocalDate received, int workingDays, Finding finding, DeadlineBasis basis) {
        ComplaintState state = Events.recorded(ComplaintState.receivedOn(received, received, basis),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(received, workingDays)));
        return new CaseRecord(request(received, finding), Disposal.VALID_COMPLAINT, state);
    }

    private static List<CaseRecord> seed001() {
        List<CaseRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2016, 4, 4);
        // findings 7 upheld, 31 partially, 14 not; times 14 within 10, 20 within 20, 18 later
        Finding[] findings = new Finding[52];
        for (int i = 0; i < 52; i++) {
            findings[i] = i < 7 ? Finding.UPHELD : i < 38 ? Finding.PARTIALLY_UPHELD : Finding.NOT_UPHELD;
        }
        for (int i = 0; i < 52; i++) {
            int days = i % 52 < 14 ? 8 : i < 34 ? 15 : 25;
            records.add(answered(day, days, findings[(i * 5) % 52]));
            day = CALENDAR.plusWorkingDays(day, 4);
        }
        for (int i = 0; i < 88; i++) {
            Disposal disposal = i < 24 ? Disposal.INELIGIBLE : i < 34 ? Disposal.WITHDRAWN : Disposal.ALTERNATIVE_ROUTE;
            records.add(new CaseRecord(request(LocalDate.of(2016, 5, 2).plusDays(i * 3L), null), disposal, null));
        }
        records.add(answered(LocalDate.of(2017, 4, 3), 5, Finding.UPHELD)); // the next year: not counted
        return records;
    }

    private static List<Integer> counts(AnnualReport report, String table, String... rows) {
        List<Integer> counts = new ArrayList<>();
        for (String row : rows) {
            counts.add(report.table(table).row(row).counts().get(0));
        }
        return counts;
    }

    @Test
    void seed001Table1Representations() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), LocalPolicy.statutoryDefaults());
        assertThat(counts(report, "Representations considered", "Valid complaints", "Ineligible", "Withdrawn",
                "Resolved by an alternative route", "Total")).containsExactly(52, 24, 10, 54, 140);
    }

    @Test
    void seed001Table3Stage1Outcomes() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), LocalPolicy.statutoryDefaults());
        assertThat(counts(report, "Stage 1 outcomes", "Upheld", "Partially upheld", "Not upheld", "Outstanding", "Total"))
                .containsExactly(7, 31, 14, 0, 52);
    }

    @Test
    void seed001Table7Stage1ResponseTimes() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), LocalPolicy.statutoryDefaults());
        assertThat(counts(report, "Stage 1 response times", "Within 10 working days", "Within 20 working days",
                "After 20 working days", "Not yet responded", "Total")).containsExactly(14, 20, 18, 0, 52);
    }

    @Test
    void aRecordThatDoesNotFitIsRefusedWithAReason() {
        ComplaintRequest request = request(LocalDate.of(2016, 6, 6), Finding.UPHELD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaseRecord(request, Disposal.VALID_COMPLAINT,
                        ComplaintState.receivedOn(LocalDate.of(2016, 6, 7), LocalDate.of(2016, 6, 7), BASIS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("received 2016-06-06");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaseRecord(request.withDates(null), Disposal.INELIGIBLE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date received");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaseRecord(request, Disposal.INELIGIBLE,
                        ComplaintState.receivedOn(LocalDate.of(2016, 6, 6), LocalDate.of(2016, 6, 6), BASIS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly when it is a valid complaint");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaseRecord(request, Disposal.VALID_COMPLAINT,
                        ComplaintState.receivedOn(LocalDate.of(2016, 6, 6), LocalDate.of(2016, 6, 6), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the basis its deadlines are counted on");
    }

    /** A valid complaint through stage 2 and a panel, each step after the given working days. */
    private static CaseRecord throughThePanel(int stage2Days, int panelDays) {
        LocalDate received = LocalDate.of(2016, 5, 3);
        LocalDate requested = CALENDAR.plusWorkingDays(received, 15);
        LocalDate answered = CALENDAR.plusWorkingDays(requested, stage2Days);
        LocalDate panelRequested = CALENDAR.plusWorkingDays(answered, 5);
        ComplaintState state = Events.recorded(ComplaintState.receivedOn(received, received, BASIS),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(received, 10)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, requested),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, answered),
                ProcessEvent.of(EventType.STAGE_3_REQUESTED, panelRequested),
                ProcessEvent.of(EventType.PANEL_HELD, CALENDAR.plusWorkingDays(panelRequested, panelDays)));
        return new CaseRecord(request(received, Finding.UPHELD), Disposal.VALID_COMPLAINT, state);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "stage 1 after {0} working days: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"10, Within 10 working days", "11, Within 20 working days",
            "20, Within 20 working days", "21, After 20 working days"})
    void stage1Boundaries(int days, String row) {
        AnnualReport report = AnnualReport.of(YEAR, List.of(answered(LocalDate.of(2016, 6, 6), days, Finding.UPHELD)),
                LocalPolicy.statutoryDefaults());
        assertThat(counts(report, "Stage 1 response times", row)).containsExactly(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "stage 2 after {0}, panel after {2} working days")
    @org.junit.jupiter.params.provider.CsvSource({"25, Within 25 working days, 30, Within 30 working days",
            "26, Within 65 working days, 31, After 30 working days", "65, Within 65 working days, 1, Within 30 working days",
            "66, After 65 working days, 30, Within 30 working days"})
    void stage2AndPanelBoundaries(int stage2Days, String stage2Row, int panelDays, String panelRow) {
        AnnualReport report = AnnualReport.of(YEAR, List.of(throughThePanel(stage2Days, panelDays)), LocalPolicy.statutoryDefaults());
        assertThat(counts(report, "Stage 2 response times", stage2Row)).containsExactly(1);
        assertThat(counts(report, "Review panel held", panelRow)).containsExactly(1);
        assertThat(report.table("Escalation").row("Stage 2 to stage 3").counts()).containsExactly(1, 1);
    }

    @Test
    void anOnTimeRowIsHiddenWhenItsResponseTimesHideACount() {
        List<CaseRecord> records = new ArrayList<>(seed001());
        records.add(throughThePanel(30, 10));
        AnnualReport report = AnnualReport.of(YEAR, records, LocalPolicy.statutoryDefaults());
        assertThat(report.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD))
                .contains("| Stage 2 responses within 65 working days | <5 | <5 |  |")
                .contains("| Stage 1 responses within the extended maximum | 35 | 53 | 66% |");
    }

    @Test
    void seed001OnTime34Of52() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), LocalPolicy.statutoryDefaults());
        assertThat(report.table("On time").row("Stage 1 responses within the extended maximum").counts()).containsExactly(34, 52);
        assertThat(report.toMarkdown(0)).contains("| Stage 1 responses within the extended maximum | 34 | 52 | 65% |");
    }

    @Test
    void aSmallCountCannotBeWorkedOutFromTheTotal() {
        ReportTable oneSmall = new ReportTable("t", List.of("y"), List.of(new ReportTable.Row("A", List.of(1)),
                new ReportTable.Row("B", List.of(10)), new ReportTable.Row("C", List.of(20)),
                new ReportTable.Row(AnnualReport.TOTAL, List.of(31))));
        assertThat(AnnualReport.suppressed(oneSmall, 5)).containsExactlyInAnyOrder("A", "B");
        ReportTable allSmall = new ReportTable("t", List.of("y"), List.of(new ReportTable.Row("A", List.of(2)),
                new ReportTable.Row("B", List.of(0)), new ReportTable.Row(AnnualReport.TOTAL, List.of(2))));
        assertThat(AnnualReport.suppressed(allSmall, 5)).containsExactlyInAnyOrder("A", AnnualReport.TOTAL);
        assertThat(AnnualReport.suppressed(oneSmall, 0)).isEmpty();
    }

    @Test
    void aResponseAfterThePeriodIsNotYetAndTheTriggerDaySettingIsHonoured() {
        LocalDate received = LocalDate.of(2017, 3, 20);
        CaseRecord lateInYear = answered(received, 10, Finding.UPHELD); // Mon 20 Mar 2017 + 10 working days: Mon 3 Apr
        assertThat(counts(AnnualReport.of(YEAR, List.of(lateInYear), LocalPolicy.statutoryDefaults()), "Stage 1 response times",
                "Within 10 working days", "Not yet responded")).containsExactly(0, 1);
        CaseRecord tenth = answered(LocalDate.of(2016, 6, 6), 10, Finding.UPHELD);
        assertThat(counts(AnnualReport.of(YEAR, List.of(tenth), LocalPolicy.statutoryDefaults()), "Stage 1 response times",
                "Within 10 working days")).containsExactly(1);
        LocalPolicy countingReceipt = LocalPolicy.builder().countTriggerDay(true).build();
        CaseRecord tenthCountingReceipt = answered(LocalDate.of(2016, 6, 6), 10, Finding.UPHELD, DeadlineBasis.of(countingReceipt, LocalDate.of(2016, 6, 6)));
        assertThat(counts(AnnualReport.of(YEAR, List.of(tenthCountingReceipt), LocalPolicy.statutoryDefaults()),
                "Stage 1 response times", "Within 10 working days", "Within 20 working days"))
                .as("counting the day of receipt, the same answer comes on the 11th working day (A13)").containsExactly(0, 1);
        assertThat(counts(AnnualReport.of(YEAR, List.of(tenth), countingReceipt), "Stage 1 response times",
                "Within 10 working days")).as("a complaint is counted on the policy it was received under").containsExactly(1);
    }

    @Test
    void theMarkdownAndCsvShowTheCountsAndSuppressSmallOnes() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), LocalPolicy.statutoryDefaults());
        String markdown = report.toMarkdown(0);
        assertThat(markdown).startsWith("# Children's social care complaints: annual report 2016-17")
                .contains("## Stage 1 outcomes", "| Upheld | 7 | 13% |", "| Partially upheld | 31 | 60% |",
                        "| Not upheld | 14 | 27% |", "| Within 10 working days | 14 | 27% |");
        assertThat(report.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD)).contains("| Upheld | 7 | 13% |")
                .contains("| Ineligible | 24 | 17% |");
        AnnualReport small = AnnualReport.of(YEAR, seed001().subList(0, 10), LocalPolicy.statutoryDefaults());
        assertThat(small.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD)).contains("| Upheld | <5 |  |");
        assertThat(small.toCsv(AnnualReport.PUBLICATION_THRESHOLD).lines())
                .first().isEqualTo("table,row,column,count");
        assertThat(small.toCsv(0)).contains("Stage 1 outcomes,Total,2016-17,10");
    }

    @Test
    void responseTimesAreCountedOnTheCouncilsCalendar() {
        LocalDate received = LocalDate.of(2016, 12, 19);
        // 11 working days from Mon 19 Dec 2016: 20-23 (4), 26 and 27 bank holidays, 28-30 (7), 2 Jan holiday, 3-6 (11)
        CaseRecord record = answered(received, 11, Finding.UPHELD);
        assertThat(record.journey().dateOf(EventType.STAGE_1_RESPONSE_SENT)).contains(LocalDate.of(2017, 1, 6));
        assertThat(counts(AnnualReport.of(YEAR, List.of(record), LocalPolicy.statutoryDefaults()), "Stage 1 response times",
                "Within 10 working days", "Within 20 working days")).containsExactly(0, 1);
        LocalPolicy closed = LocalPolicy.builder().closureDays(java.util.Set.of(LocalDate.of(2016, 12, 28))).build();
        CaseRecord receivedWhileClosing = answered(received, 11, Finding.UPHELD, DeadlineBasis.of(closed, received));
        assertThat(counts(AnnualReport.of(YEAR, List.of(receivedWhileClosing), LocalPolicy.statutoryDefaults()),
                "Stage 1 response times", "Within 10 working days", "Within 20 working days"))
                .as("the office closed on 28 Dec: the answer came on the 10th of the council's working days").containsExactly(1, 0);
        assertThat(counts(AnnualReport.of(YEAR, List.of(record), closed), "Stage 1 response times",
                "Within 10 working days", "Within 20 working days"))
                .as("a closure day the council adopted later does not recount a complaint received before").containsExactly(0, 1);
    }
}
