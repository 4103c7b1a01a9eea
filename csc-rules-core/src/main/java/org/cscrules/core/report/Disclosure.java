package org.cscrules.core.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader of a council's annual report, and of its service areas' reports, can put together:
 * every count numbered, and every relation between counts that the report's own arithmetic makes
 * true, for {@link SecondarySuppression} to hide enough that no small count can be worked out.
 * A relation the reader could not use only hides more; a relation left out could give a count
 * away, so each below is one the report's arithmetic guarantees:
 * <ul>
 *   <li>a table's parts add up to its total, in each column;</li>
 *   <li>the complaints received (and the stage 2 and 3 requests made) in a period are the total of
 *       every table that breaks them down, and the valid complaints among the representations;</li>
 *   <li>an on-time rate's count is the response-time rows within time, and its base the total less
 *       those whose start is not recorded;</li>
 *   <li>an escalation rate's count is the activity's row; counted in the year sent, its base is the
 *       response-time table's total; the bases of the council's two tables of stage 1 responses by
 *       service area are the same, row by row, and add up to the escalation's base, and their counts
 *       to the on-time rate's and the stage 1 findings upheld;</li>
 *   <li>each stage's findings are its responses sent, and the panels held the activity's, where the
 *       data bear it out;</li>
 *   <li>the complaints at a stage at the end of one period and those entering it in the next are
 *       the next period's total of the stage's outcomes;</li>
 *   <li>a count of the council's report is the sum of the same count in its service areas' reports,
 *       wherever every complaint it counts is classified in an area.</li>
 * </ul>
 *
 * <p>Not thread-safe: one report's work.
 */
final class Disclosure {

    /** A count of the family: which report ("" for the council's, else the service area), table, row, column. */
    private record Key(String report, String table, String row, int column) {
    }

    private final Map<String, AnnualReport> family;
    private final ReportSettings.TimelinessYear timelinessYear;
    private final Map<Key, Integer> numbers = new LinkedHashMap<>();
    private final List<Integer> values = new ArrayList<>();
    private final List<Integer> tiers = new ArrayList<>();
    private SecondarySuppression suppression;

    /**
     * @param family the council's report under "", then each service area's report under its name
     * @param timelinessYear whether timeliness was counted in the year sent (which ties more tables together)
     */
    Disclosure(Map<String, AnnualReport> family, ReportSettings.TimelinessYear timelinessYear) {
        this.family = family;
        this.timelinessYear = timelinessYear;
    }

    /**
     * The counts to hide, by report and table.
     *
     * @param threshold counts from 1 to one below it are small
     * @return the hidden cells; a mutable map of mutable sets, every report present
     */
    Map<String, Map<String, Set<AnnualReport.Cell>>> hidden(int threshold) {
        family.forEach((name, report) -> report.tables().stream().filter(t -> t.kind() != ReportTable.Kind.VALUES)
                .forEach(table -> table.rows().stream()
                        .filter(row -> row.role() != ReportTable.Row.Role.AMOUNT)
                        .forEach(row -> {
                            for (int column = 0; column < row.counts().size(); column++) {
                                numbers.put(new Key(name, table.title(), row.label(), column), values.size());
                                values.add(row.counts().get(column));
                                tiers.add(tier(name, table, row, column));
                            }
                        })));
        suppression = new SecondarySuppression(values.stream().mapToInt(Integer::intValue).toArray(),
                tiers.stream().mapToInt(Integer::intValue).toArray());
        family.forEach((name, report) -> {
            report.tables().forEach(table -> totals(name, table));
            int periods = report.table(AnnualReport.ACTIVITY).columns().size();
            for (int p = 0; p < periods; p++) {
                breakdowns(name, report, p);
                onTime(name, report, p);
                escalation(name, report, p);
                answers(name, p);
                if (p > 0) {
                    carriedOver(name, p);
                }
            }
        });
        areas();
        BitSet hidden = suppression.hidden(threshold);
        Map<String, Map<String, Set<AnnualReport.Cell>>> out = new HashMap<>();
        family.keySet().forEach(name -> out.put(name, new HashMap<>()));
        numbers.forEach((key, number) -> {
            if (hidden.get(number)) {
                out.get(key.report()).computeIfAbsent(key.table(), t -> new HashSet<>()).add(new AnnualReport.Cell(key.row(), key.column()));
            }
        });
        return out;
    }

    /**
     * How much a count matters to readers, for choosing which to hide besides the small ones: a
     * service area's figure (in its report, or in the council's tables by service area) before the
     * council's own (the council's report is the one every reader has); of the council's, an earlier
     * year's before the report year's; and a part before a total or a rate's base (which other
     * tables repeat).
     */
    private static int tier(String report, ReportTable table, ReportTable.Row row, int column) {
        boolean total = row.role() == ReportTable.Row.Role.TOTAL || table.rates() && column % 2 == 1;
        boolean byArea = !report.isEmpty() || table.title().contains(AnnualReport.BY_AREA);
        boolean reportYear = column >= table.columns().size() - (table.rates() ? 2 : 1);
        return byArea ? (total ? 1 : 0) : 2 + (reportYear ? 2 : 0) + (total ? 1 : 0);
    }

    private Integer number(String report, String table, String row, int column) {
        return numbers.get(new Key(report, table, row, column));
    }

    /** Relates the counts: those {@code added} less those {@code takenAway} are known; nothing if a count is not in the report. */
    private void relate(List<Integer> added, List<Integer> takenAway) {
        if (added.stream().anyMatch(Objects::isNull) || takenAway.stream().anyMatch(Objects::isNull)) {
            return;
        }
        suppression.relate(added, takenAway);
    }

    /** A table's parts and its total, in each column. */
    private void totals(String report, ReportTable table) {
        if (table.kind() != ReportTable.Kind.COUNTS || table.total().isEmpty()) {
            return;
        }
        for (int column = 0; column < table.columns().size(); column++) {
            int c = column;
            relate(table.rows().stream().filter(row -> row.role() != ReportTable.Row.Role.TOTAL)
                    .map(row -> number(report, table.title(), row.label(), c)).toList(),
                    List.of(Objects.requireNonNull(number(report, table.title(), AnnualReport.TOTAL, c))));
        }
    }

    /** The complaints received and the requests made, and the total of every table breaking them down. */
    private void breakdowns(String name, AnnualReport report, int p) {
        for (String row : List.of(AnnualReport.RECEIVED, AnnualReport.STAGE_2_MADE, AnnualReport.STAGE_3_MADE)) {
            Integer activity = number(name, AnnualReport.ACTIVITY, row, p);
            for (ReportTable table : report.tables()) {
                if (table.title().startsWith(row + " by ") || table.title().startsWith(row + " through ")) {
                    relate(List.of(activity), List.of(number(name, table.title(), AnnualReport.TOTAL, p)));
                }
            }
        }
        relate(List.of(number(name, AnnualReport.ACTIVITY, AnnualReport.RECEIVED, p)),
                List.of(number(name, AnnualReport.REPRESENTATIONS, AnnualReport.VALID, p)));
    }

    /** Each on-time rate and the response-time table it is drawn from. */
    private void onTime(String name, AnnualReport report, int p) {
        AnnualReport.ON_TIME_SOURCES.forEach((row, source) -> {
            ReportTable times = report.table(source);
            relate(List.of(number(name, AnnualReport.ON_TIME, row, 2 * p)), times.rows().stream()
                    .filter(r -> r.role() == ReportTable.Row.Role.PART).map(r -> number(name, source, r.label(), p)).toList());
            List<Integer> base = new ArrayList<>();
            base.add(number(name, AnnualReport.ON_TIME, row, 2 * p + 1));
            times.rows().stream().filter(r -> r.role() == ReportTable.Row.Role.START_NOT_RECORDED)
                    .forEach(r -> base.add(number(name, source, r.label(), p)));
            relate(base, List.of(number(name, source, AnnualReport.TOTAL, p)));
        });
    }

    /** Each escalation rate, the activity it counts and, counted in the year sent, the responses it is out of. */
    private void escalation(String name, AnnualReport report, int p) {
        boolean sent = timelinessYear == ReportSettings.TimelinessYear.SENT;
        AnnualReport.ESCALATION_ROWS.forEach((row, from) -> {
            relate(List.of(number(name, AnnualReport.ESCALATION, row, 2 * p)), List.of(number(name, AnnualReport.ACTIVITY, from.get(0), p)));
            if (sent) {
                relate(List.of(number(name, AnnualReport.ESCALATION, row, 2 * p + 1)), List.of(number(name, from.get(1), AnnualReport.TOTAL, p)));
            }
        });
        if (report.tables().stream().anyMatch(t -> t.title().equals(AnnualReport.ON_TIME_BY_AREA))) {
            ReportTable onTime = report.table(AnnualReport.ON_TIME_BY_AREA);
            ReportTable upheld = report.table(AnnualReport.UPHELD_BY_AREA);
            // both tables' bases are each area's stage 1 responses sent, in either timeliness year
            relate(onTime.rows().stream().map(r -> number(name, AnnualReport.ON_TIME_BY_AREA, r.label(), 2 * p + 1)).toList(),
                    List.of(number(name, AnnualReport.ESCALATION, AnnualReport.ESCALATION_TO_2, 2 * p + 1)));
            for (ReportTable.Row row : upheld.rows()) {
                relate(List.of(number(name, AnnualReport.UPHELD_BY_AREA, row.label(), 2 * p + 1)),
                        List.of(number(name, AnnualReport.ON_TIME_BY_AREA, row.label(), 2 * p + 1)));
            }
            relateIfHolds(upheld.rows().stream().map(r -> number(name, AnnualReport.UPHELD_BY_AREA, r.label(), 2 * p)).toList(),
                    List.of(number(name, AnnualReport.STAGE_1_OUTCOMES, AnnualReport.UPHELD_ROW, p),
                            number(name, AnnualReport.STAGE_1_OUTCOMES, AnnualReport.PARTLY_UPHELD_ROW, p)));
            if (sent) {
                relate(onTime.rows().stream().map(r -> number(name, AnnualReport.ON_TIME_BY_AREA, r.label(), 2 * p)).toList(),
                        List.of(number(name, AnnualReport.ON_TIME, AnnualReport.STAGE_1_ON_TIME, 2 * p)));
            }
        }
    }

    /**
     * Each stage's findings in a period are its responses sent in it (the base of an escalation
     * rate), and the review panels held are the activity's: related where the data bear it out
     * (a stage ended otherwise before its response breaks the first).
     */
    private void answers(String name, int p) {
        AnnualReport.FINDINGS_SENT.forEach((outcomes, escalationRow) -> relateIfHolds(
                AnnualReport.FINDING_ROWS.stream().map(row -> number(name, outcomes, row, p)).filter(Objects::nonNull).toList(),
                List.of(number(name, AnnualReport.ESCALATION, escalationRow, 2 * p + 1))));
        relateIfHolds(List.of(number(name, AnnualReport.ACTIVITY, AnnualReport.PANELS_HELD, p)),
                List.of(number(name, AnnualReport.PANELS_HELD, AnnualReport.TOTAL, p)));
    }

    /** Relates the counts as {@link #relate} does, where their values bear the relation out. */
    private void relateIfHolds(List<Integer> added, List<Integer> takenAway) {
        if (added.stream().anyMatch(Objects::isNull) || takenAway.stream().anyMatch(Objects::isNull)) {
            return;
        }
        if (added.stream().mapToInt(values::get).sum() == takenAway.stream().mapToInt(values::get).sum()) {
            suppression.relate(added, takenAway);
        }
    }

    /**
     * A stage's complaints open at the end of the period before, and those entering it in this one
     * (requested, or re-opened), are this period's total.
     */
    private void carriedOver(String name, int p) {
        AnnualReport.OUTCOMES_ENTERED.forEach((outcomes, entered) -> {
            List<Integer> before = new ArrayList<>(List.of(number(name, outcomes, AnnualReport.OUTSTANDING_AT_END, p - 1),
                    number(name, outcomes, AnnualReport.SUSPENDED_AT_END, p - 1)));
            entered.forEach(row -> before.add(number(name, AnnualReport.ACTIVITY, row, p)));
            relate(List.of(number(name, outcomes, AnnualReport.TOTAL, p)), before);
        });
    }

    /** Each count of the council's report that is the sum of the same count in its service areas' reports. */
    private void areas() {
        numbers.forEach((key, number) -> {
            if (!key.report().isEmpty()) {
                return;
            }
            List<Integer> parts = new ArrayList<>();
            int sum = 0;
            for (String area : family.keySet()) {
                Integer part = area.isEmpty() ? null : number(area, key.table(), key.row(), key.column());
                if (part != null) {
                    parts.add(part);
                    sum += values.get(part);
                }
            }
            if (!parts.isEmpty() && sum == values.get(number)) {
                relate(List.of(number), parts);
            }
        });
    }
}
