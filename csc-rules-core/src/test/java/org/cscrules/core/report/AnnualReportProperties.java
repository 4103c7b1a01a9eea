package org.cscrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cscrules.core.Fixtures.BASIS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

/**
 * Laws of the report over random years of records: every table with a total adds up in every
 * period; every event is counted in exactly one period; the percentages the Markdown shows agree
 * with the counts; a response one working day later never makes more responses on time.
 */
class AnnualReportProperties {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2023);

    /** A record before it is built: disposal, receipt day offset, response after n working days (0: none), finding, area, method. */
    record Draft(Disposal disposal, int day, int responseDays, Finding finding, ServiceArea area, ReceiptMethod method,
                 int later) {
    }

    @Provide
    Arbitrary<List<Draft>> years() {
        Arbitrary<Draft> draft = Combinators.combine(Arbitraries.of(Disposal.class), Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 40), Arbitraries.of(Finding.class).injectNull(0.2),
                Arbitraries.of(ServiceArea.class).injectNull(0.1), Arbitraries.of(ReceiptMethod.class),
                Arbitraries.integers().between(0, 99)).as(Draft::new);
        return draft.list().ofMaxSize(80);
    }

    private static CaseRecord build(Draft draft, int shift) {
        LocalDate received = YEAR.from().minusDays(10).plusDays(draft.day());
        var request = SampleRequests.parentOfChildInNeed()
                .withDates(ComplaintDates.of(received, received.minusDays(5)))
                .withReporting(new Reporting(draft.method(), PointOfReceipt.COMPLAINTS_TEAM, draft.area(), draft.finding(), null, null));
        if (draft.disposal() != Disposal.VALID_COMPLAINT) {
            return new CaseRecord(request, draft.disposal(), null);
        }
        ComplaintState state = ComplaintState.receivedOn(received, received, BASIS);
        if (draft.responseDays() > 0) {
            LocalDate responded = CALENDAR.plusWorkingDays(received, draft.responseDays() + shift);
            state = Events.recorded(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, responded));
            if (draft.later() > 30) {
                // stage 2 answered after 1 to 70 working days; a panel after 1 to 35 for some
                LocalDate requested = CALENDAR.plusWorkingDays(responded, 5);
                state = Events.recorded(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, requested));
                LocalDate answered = CALENDAR.plusWorkingDays(requested, draft.later() % 70 + 1);
                state = Events.recorded(state, ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, answered));
                if (draft.later() > 70) {
                    LocalDate panelRequested = CALENDAR.plusWorkingDays(answered, 3);
                    state = Events.recorded(state, ProcessEvent.of(EventType.STAGE_3_REQUESTED, panelRequested),
                            ProcessEvent.of(EventType.PANEL_HELD, CALENDAR.plusWorkingDays(panelRequested, draft.later() % 35 + 1)));
                }
            }
        }
        return new CaseRecord(request, Disposal.VALID_COMPLAINT, state);
    }

    private static AnnualReport report(List<Draft> drafts, int shift) {
        List<CaseRecord> records = new ArrayList<>();
        drafts.forEach(d -> records.add(build(d, shift)));
        return AnnualReport.of(YEAR, records, LocalPolicy.statutoryDefaults());
    }

    /** The report's own column: the last. */
    private static int last(ReportTable.Row row) {
        return row.counts().get(row.counts().size() - 1);
    }

    @Property(tries = 500)
    void everyTableWithATotalAddsUpInEveryPeriod(@ForAll("years") List<Draft> year) {
        AnnualReport report = report(year, 0);
        int valid = last(report.table("Representations received").row("Valid complaints"));
        for (ReportTable table : report.tables()) {
            List<ReportTable.Row> rows = table.rows();
            if (rows.get(rows.size() - 1).label().equals(AnnualReport.TOTAL)) {
                for (int column = 0; column < table.columns().size(); column++) {
                    int c = column;
                    int sum = rows.subList(0, rows.size() - 1).stream().mapToInt(r -> r.counts().get(c)).sum();
                    assertThat(sum).as(table.title()).isEqualTo(rows.get(rows.size() - 1).counts().get(c));
                }
            }
            if (table.title().startsWith("Stage 1 complaints received by")) {
                assertThat(last(table.row(AnnualReport.TOTAL))).as(table.title()).isEqualTo(valid);
            }
        }
    }

    /**
     * Over five consecutive years that hold every event, each complaint's conclusion at each stage
     * is counted in exactly one year, and each request in the year it was made.
     */
    @Property(tries = 300)
    void everyEventIsCountedInExactlyOnePeriod(@ForAll("years") List<Draft> year) {
        List<CaseRecord> records = new ArrayList<>();
        year.forEach(d -> records.add(build(d, 0)));
        ReportingPeriod lastYear = ReportingPeriod.financialYear(2025);
        AnnualReport report = AnnualReport.of(lastYear, records, LocalPolicy.statutoryDefaults(),
                new ReportSettings(ReportSettings.Rounding.HALF_UP, ReportSettings.MOST_EARLIER_YEARS));
        List<CaseRecord> valid = records.stream().filter(r -> r.disposal() == Disposal.VALID_COMPLAINT).toList();
        Map<String, EventType> concluded = Map.of("Stage 1 outcomes", EventType.STAGE_1_RESPONSE_SENT,
                "Stage 2 outcomes", EventType.STAGE_2_RESPONSE_SENT, "Stage 3 outcomes", EventType.FINAL_RESPONSE_SENT);
        concluded.forEach((title, answered) -> {
            int counted = report.table(title).rows().stream()
                    .filter(r -> !r.label().equals(AnnualReport.TOTAL) && !r.label().endsWith("at the period's end"))
                    .mapToInt(r -> r.counts().stream().mapToInt(Integer::intValue).sum()).sum();
            long conclusions = valid.stream().filter(r -> r.journey().events().containsKey(answered)).count();
            assertThat(counted).as(title).isEqualTo((int) conclusions);
        });
        ReportTable.Row stage2 = report.table("Complaints and requests in the period").row("Stage 2 requests made");
        assertThat(stage2.counts().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo((int) valid.stream().filter(r -> r.journey().events().containsKey(EventType.STAGE_2_REQUESTED)).count());
    }

    /**
     * Suppression never prints a false statement, and never reveals a small count within a table: every
     * count shown is the count, no count from 1 to 4 is shown, every hidden count is one mark, and in a
     * table with a total the counts hidden in a column add up to 5 at least, or the total is hidden too.
     */
    @Property(tries = 300)
    void suppressionIsTruthfulAndHidesEnough(@ForAll("years") List<Draft> year) {
        AnnualReport report = report(year, 0);
        Map<String, String> shown = new java.util.HashMap<>();
        for (String line : report.toCsv(AnnualReport.PUBLICATION_THRESHOLD).lines().skip(1).toList()) {
            List<String> cells = csv(line);
            shown.put(cells.get(0) + "|" + cells.get(1) + "|" + cells.get(2), cells.get(3));
        }
        for (ReportTable table : report.tables()) {
            if (table.kind() == ReportTable.Kind.VALUES) {
                continue; // not counts: never suppressed
            }
            for (int c = 0; c < table.columns().size(); c++) {
                String column = table.rates() && c % 2 == 1 ? table.columns().get(c - 1) + " out of" : table.columns().get(c);
                int hiddenSum = 0;
                boolean smallHidden = false;
                for (ReportTable.Row row : table.rows()) {
                    int count = row.counts().get(c);
                    String cell = shown.get(table.title() + "|" + row.label() + "|" + column);
                    if (cell.equals(AnnualReport.HIDDEN)) {
                        smallHidden |= count >= 1 && count < AnnualReport.PUBLICATION_THRESHOLD && !row.label().equals(AnnualReport.TOTAL);
                    } else {
                        assertThat(Integer.parseInt(cell)).isEqualTo(count);
                        boolean base = table.rates() && c % 2 == 1;
                        assertThat(count == 0 || count >= AnnualReport.PUBLICATION_THRESHOLD || base)
                                .as("a count from 1 to 4 is never shown: %s %s %s", table.title(), row.label(), column).isTrue();
                    }
                    if (cell.equals(AnnualReport.HIDDEN) && !row.label().equals(AnnualReport.TOTAL)) {
                        hiddenSum += count;
                    }
                }
                boolean totalled = !table.rates() && table.rows().get(table.rows().size() - 1).label().equals(AnnualReport.TOTAL);
                if (totalled && smallHidden) {
                    String total = shown.get(table.title() + "|" + AnnualReport.TOTAL + "|" + column);
                    assertThat(hiddenSum >= AnnualReport.PUBLICATION_THRESHOLD || total.equals(AnnualReport.HIDDEN))
                            .as("%s %s: the hidden counts cannot be worked out from the total", table.title(), column).isTrue();
                }
            }
        }
    }

    private static final List<String> AREAS = List.of("North", "South", "Fostering");

    /**
     * Suppression holds across the whole report, checked by the attacks a reader could make on the
     * published CSV of the council's report and of each of its service areas' reports, over three
     * years: no small count hidden in an area's report is the council's count less the other areas'
     * (where those add up); none of a stage's complaints open at a year's end is the next year's total
     * less those entering it and the other row carried over; and no breakdown of the complaints
     * received, its total hidden, gives hidden counts adding up to less than 5 once the total is read
     * from the activity table.
     */
    @Property(tries = 200)
    void noSmallCountCanBeWorkedOutAcrossTablesYearsOrServiceAreas(@ForAll("years") List<Draft> drafts) {
        List<CaseRecord> records = new ArrayList<>();
        for (Draft draft : drafts) {
            CaseRecord record = build(draft, 0);
            String area = draft.area() == null ? null : AREAS.get(draft.area().ordinal() % AREAS.size());
            records.add(new CaseRecord(record.request(), record.disposal(), record.journey(),
                    new CouncilClassification(area, null, null)));
        }
        AnnualReport council = AnnualReport.of(ReportingPeriod.financialYear(2024), records, LocalPolicy.statutoryDefaults(),
                new ReportSettings(ReportSettings.Rounding.HALF_UP, 2).withTaxonomy(new CouncilTaxonomy(AREAS, List.of(), List.of())));
        Map<String, Map<String, String>> published = new java.util.LinkedHashMap<>();
        Map<String, AnnualReport> reports = new java.util.LinkedHashMap<>();
        reports.put("", council);
        AREAS.forEach(a -> reports.put(a, council.forServiceArea(a)));
        reports.forEach((name, report) -> {
            Map<String, String> cells = new java.util.HashMap<>();
            report.toCsv(AnnualReport.PUBLICATION_THRESHOLD).lines().skip(1).map(AnnualReportProperties::csv)
                    .forEach(c -> cells.put(c.get(0) + "|" + c.get(1) + "|" + c.get(2), c.get(3)));
            published.put(name, cells);
        });
        int small = AnnualReport.PUBLICATION_THRESHOLD;
        // the areas' difference
        published.get("").forEach((key, shown) -> {
            if (shown.equals(AnnualReport.HIDDEN) || shown.isEmpty() || key.startsWith(AnnualReport.MEDIANS + "|")) {
                return;
            }
            List<String> areaCells = AREAS.stream().map(a -> published.get(a).get(key)).filter(java.util.Objects::nonNull).toList();
            List<Integer> areaCounts = AREAS.stream().filter(a -> published.get(a).containsKey(key))
                    .map(a -> count(reports.get(a), key)).toList();
            long hiddenAreas = areaCells.stream().filter(AnnualReport.HIDDEN::equals).count();
            if (areaCells.size() == AREAS.size() && hiddenAreas == 1
                    && areaCounts.stream().mapToInt(Integer::intValue).sum() == Integer.parseInt(shown)) {
                int hiddenCount = areaCounts.get(areaCells.indexOf(AnnualReport.HIDDEN));
                assertThat(hiddenCount >= small || hiddenCount == 0).as("%s: an area's small count is the council's less the others'", key)
                        .isTrue();
            }
        });
        reports.forEach((name, report) -> {
            Map<String, String> cells = published.get(name);
            List<String> years = report.table(AnnualReport.ACTIVITY).columns();
            // the carry-over into the next year
            AnnualReport.OUTCOMES_ENTERED.forEach((outcomes, entered) -> {
                for (int p = 1; p < years.size(); p++) {
                    String total = cells.get(outcomes + "|" + AnnualReport.TOTAL + "|" + years.get(p));
                    int year = p;
                    List<String> in = entered.stream().map(row -> cells.get(AnnualReport.ACTIVITY + "|" + row + "|" + years.get(year))).toList();
                    String open = cells.get(outcomes + "|" + AnnualReport.OUTSTANDING_AT_END + "|" + years.get(p - 1));
                    String suspended = cells.get(outcomes + "|" + AnnualReport.SUSPENDED_AT_END + "|" + years.get(p - 1));
                    if (!total.equals(AnnualReport.HIDDEN) && !in.contains(AnnualReport.HIDDEN)
                            && open.equals(AnnualReport.HIDDEN) != suspended.equals(AnnualReport.HIDDEN)) {
                        int revealed = Integer.parseInt(total) - in.stream().mapToInt(Integer::parseInt).sum()
                                - Integer.parseInt(open.equals(AnnualReport.HIDDEN) ? suspended : open);
                        assertThat(revealed >= small || revealed == 0).as("%s %s: carried over", name, outcomes).isTrue();
                    }
                }
            });
            // a breakdown's hidden total read from the activity
            for (ReportTable table : report.tables()) {
                if (!table.title().startsWith(AnnualReport.RECEIVED + " by ")) {
                    continue;
                }
                for (String year : years) {
                    String activity = cells.get(AnnualReport.ACTIVITY + "|" + AnnualReport.RECEIVED + "|" + year);
                    if (!cells.get(table.title() + "|" + AnnualReport.TOTAL + "|" + year).equals(AnnualReport.HIDDEN)
                            || activity.equals(AnnualReport.HIDDEN)) {
                        continue;
                    }
                    int hiddenSum = Integer.parseInt(activity) - table.rows().stream().filter(r -> !r.label().equals(AnnualReport.TOTAL))
                            .map(r -> cells.get(table.title() + "|" + r.label() + "|" + year))
                            .filter(c -> !c.equals(AnnualReport.HIDDEN)).mapToInt(Integer::parseInt).sum();
                    assertThat(hiddenSum >= small || hiddenSum == 0).as("%s %s", table.title(), year).isTrue();
                }
            }
        });
    }

    /** The true count behind a CSV key (table|row|column) of {@code report}. */
    private static int count(AnnualReport report, String key) {
        String[] parts = key.split("\\|", -1);
        ReportTable table = report.table(parts[0]);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            columns.add(table.rates() && i % 2 == 1 ? table.columns().get(i - 1) + " " + AnnualReport.OUT_OF : table.columns().get(i));
        }
        return table.row(parts[1]).counts().get(columns.indexOf(parts[2]));
    }

    /** The cells of one line of CSV, quotes undone. */
    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Property(tries = 500)
    void thePercentagesAgreeWithTheCounts(@ForAll("years") List<Draft> year) {
        AnnualReport report = report(year, 0);
        String markdown = report.toMarkdown(0);
        for (ReportTable table : report.tables()) {
            String section = markdown.split("\n## " + java.util.regex.Pattern.quote(table.title()) + "\n", 2)[1].split("\n## ", 2)[0];
            List<ReportTable.Row> rows = table.rows();
            boolean totalled = !table.rates() && rows.get(rows.size() - 1).label().equals(AnnualReport.TOTAL);
            if (!totalled && !table.rates()) {
                continue;
            }
            for (ReportTable.Row row : rows) {
                int count = table.rates() ? row.counts().get(row.counts().size() - 2) : last(row);
                int base = table.rates() ? last(row) : last(table.row(AnnualReport.TOTAL));
                String line = section.lines().filter(l -> l.startsWith("| " + row.label() + " |")).findFirst().orElseThrow();
                String[] cells = line.split("\\|");
                String percent = cells[cells.length - 1].trim();
                if (base == 0) {
                    assertThat(percent).as(line).isEmpty();
                } else {
                    // the share shown is within half a percent of the exact one
                    double shown = Double.parseDouble(percent.replace("%", ""));
                    assertThat(Math.abs(shown - 100.0 * count / base)).as(line).isLessThanOrEqualTo(0.5);
                }
            }
        }
    }

    /** Over years that hold every response, a response one working day later never makes more responses on time. */
    @Property(tries = 500)
    void aLaterResponseNeverMakesMoreOnTime(@ForAll("years") List<Draft> year) {
        assertThat(onTimeInAllYears(year, 1)).isLessThanOrEqualTo(onTimeInAllYears(year, 0));
    }

    private static int onTimeInAllYears(List<Draft> drafts, int shift) {
        List<CaseRecord> records = new ArrayList<>();
        drafts.forEach(d -> records.add(build(d, shift)));
        List<Integer> counts = AnnualReport.of(ReportingPeriod.financialYear(2025), records, LocalPolicy.statutoryDefaults(),
                        new ReportSettings(ReportSettings.Rounding.HALF_UP, ReportSettings.MOST_EARLIER_YEARS))
                .table("On time").row("Stage 1 responses on time").counts();
        int onTime = 0;
        for (int i = 0; i < counts.size(); i += 2) {
            onTime += counts.get(i);
        }
        return onTime;
    }
}
