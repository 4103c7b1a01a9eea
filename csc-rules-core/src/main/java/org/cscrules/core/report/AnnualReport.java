package org.cscrules.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.timescale.Deadlines;
import org.cscrules.core.timescale.Timescale;

/**
 * The tables of a council's annual report on its children's social care complaints, computed from
 * case records: representations and what became of them, outcomes at each stage, response times
 * counted in working days on the statutory calendar (and the council's closure days), escalation,
 * and breakdowns of the valid complaints. A record counts in the period in which the council
 * received it. Counts only: nothing personal is ever in a table.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnualReport {

    /** The usual threshold for publication: counts from 1 to 4 are suppressed. */
    public static final int PUBLICATION_THRESHOLD = 5;

    static final String TOTAL = "Total";
    private static final String ON_TIME = "On time";
    /** Each row of the on-time table, and the response-time table it is drawn from. */
    private static final Map<String, String> ON_TIME_SOURCES = orderedMap(
            "Stage 1 responses within the extended maximum", "Stage 1 response times",
            "Stage 2 responses within 65 working days", "Stage 2 response times",
            "Review panels within 30 working days", "Review panel held");
    /** The second column of a table of rates: what the count is out of. */
    static final String OUT_OF = "Out of";
    private static final String NOT_RECORDED = "Not recorded";
    private static final String OUTSTANDING = "Outstanding";

    private final ReportingPeriod period;
    private final List<ReportTable> tables;

    private AnnualReport(ReportingPeriod period, List<ReportTable> tables) {
        this.period = period;
        this.tables = List.copyOf(tables);
    }

    /**
     * The report for {@code period}: the records received in it. Each complaint's working days are
     * counted as its deadlines were, on the policy it was received under (its {@code DeadlineBasis}:
     * closure days, whether the trigger day counts, where stage 2 runs from) and this release's bank-holiday data; the rows
     * follow {@code policy} (its stage 1 cap).
     *
     * @throws IllegalArgumentException if an argument or a record is null
     */
    public static AnnualReport of(ReportingPeriod period, Collection<CaseRecord> records, LocalPolicy policy) {
        if (period == null || records == null || policy == null || records.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A report needs a period, records without nulls, and a policy");
        }
        List<CaseRecord> inPeriod = records.stream().filter(r -> period.contains(r.request().dates().received())).toList();
        List<CaseRecord> valid = inPeriod.stream().filter(r -> r.disposal() == Disposal.VALID_COMPLAINT).toList();
        Counter counter = new Counter(period.label(), period.to(), policy, new HashMap<>());
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counter.count("Representations considered", inPeriod, r -> label(r.disposal()),
                List.of(label(Disposal.VALID_COMPLAINT), label(Disposal.INELIGIBLE), label(Disposal.WITHDRAWN),
                        label(Disposal.ALTERNATIVE_ROUTE))));
        tables.add(counter.outcomes("Stage 1 outcomes", valid, Reporting::stage1Finding, null));
        tables.add(counter.outcomes("Stage 2 outcomes", valid, Reporting::stage2Finding, EventType.STAGE_2_REQUESTED));
        tables.add(counter.outcomes("Stage 3 outcomes", valid, Reporting::stage3Finding, EventType.STAGE_3_REQUESTED));
        ReportTable stage1 = counter.stage1Times(valid);
        ReportTable stage2 = counter.stage2Times(valid);
        ReportTable panel = counter.panelTimes(valid);
        tables.add(stage1);
        tables.add(stage2);
        tables.add(panel);
        List<ReportTable.Row> onTime = new ArrayList<>();
        ON_TIME_SOURCES.forEach((row, source) -> onTime.add(onTime(row,
                source.equals(stage1.title()) ? stage1 : source.equals(stage2.title()) ? stage2 : panel)));
        tables.add(new ReportTable(ON_TIME, List.of(period.label(), OUT_OF), onTime));
        tables.add(counter.escalation(valid));
        tables.add(counter.count("Valid complaints by complainant", valid, r -> words(r.request().complainantRole().name()), List.of()));
        tables.add(counter.count("Valid complaints by service area", valid,
                r -> reporting(r).map(Reporting::serviceArea).map(Enum::name).map(AnnualReport::words).orElse(NOT_RECORDED), List.of()));
        tables.add(counter.count("Valid complaints by subject", valid,
                r -> words(r.request().subject().function().name()), List.of()));
        tables.add(counter.count("Valid complaints by method of receipt", valid,
                r -> reporting(r).map(Reporting::receiptMethod).map(Enum::name).map(AnnualReport::words).orElse(NOT_RECORDED), List.of()));
        tables.add(counter.count("Valid complaints by point of receipt", valid,
                r -> reporting(r).map(Reporting::pointOfReceipt).map(Enum::name).map(AnnualReport::words).orElse(NOT_RECORDED), List.of()));
        return new AnnualReport(period, tables);
    }

    /** The period covered. */
    public ReportingPeriod period() {
        return period;
    }

    /** Every table, in the order of the report. */
    public List<ReportTable> tables() {
        return tables;
    }

    /** The table titled {@code title}. */
    public ReportTable table(String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table '" + title + "'"));
    }

    /**
     * The report as Markdown, laid out like councils' published reports: a heading, then each table with
     * its counts and, where it has a total, each row's share of it.
     *
     * @param suppressBelow counts from 1 to one below this are shown as "&lt;n" for publication
     *     ({@link #PUBLICATION_THRESHOLD} is usual); 0 shows every count
     */
    public String toMarkdown(int suppressBelow) {
        StringBuilder out = new StringBuilder("# Children's social care complaints: annual report " + period.label() + "\n\n")
                .append("Period ").append(period.from()).append(" to ").append(period.to())
                .append(". Counts of representations received in the period; working days under SI 2006/1738 reg. 2;")
                .append(" percentages rounded, so a table's may not add up to exactly 100%.");
        if (suppressBelow > 1) {
            out.append(" Counts below ").append(suppressBelow).append(" are shown as <").append(suppressBelow).append('.');
        }
        out.append('\n');
        for (ReportTable table : tables) {
            boolean totalled = table.rows().get(table.rows().size() - 1).label().equals(TOTAL);
            int total = totalled ? table.row(TOTAL).counts().get(0) : 0;
            out.append("\n## ").append(table.title()).append("\n\n| |");
            table.columns().forEach(c -> out.append(' ').append(c).append(" |"));
            boolean withRate = totalled || table.columns().size() == 2 && table.columns().get(1).equals(OUT_OF);
            out.append(withRate ? " % |\n|---|" : "\n|---|").append("---:|".repeat(table.columns().size()))
                    .append(withRate ? "---:|\n" : "\n");
            Set<String> hidden = hiddenIn(table, suppressBelow);
            boolean rated = table.columns().size() == 2 && table.columns().get(1).equals(OUT_OF);
            for (ReportTable.Row row : table.rows()) {
                out.append("| ").append(row.label()).append(" |");
                boolean hide = hidden.contains(row.label());
                row.counts().forEach(count -> out.append(' ').append(hide ? "<" + suppressBelow : count).append(" |"));
                int count = row.counts().get(0);
                if (totalled) {
                    out.append(' ').append(total == 0 || hide ? "" : Math.round(100.0 * count / total) + "%").append(" |");
                } else if (rated) {
                    int base = row.counts().get(1);
                    out.append(' ').append(base == 0 || hide ? "" : Math.round(100.0 * count / base) + "%").append(" |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The report as CSV, one count a line: {@code table,row,column,count}, the same suppression as
     * {@link #toMarkdown(int)}.
     */
    public String toCsv(int suppressBelow) {
        StringBuilder out = new StringBuilder("table,row,column,count\n");
        for (ReportTable table : tables) {
            Set<String> hidden = hiddenIn(table, suppressBelow);
            for (ReportTable.Row row : table.rows()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    out.append(csv(table.title())).append(',').append(csv(row.label())).append(',')
                            .append(csv(table.columns().get(i))).append(',')
                            .append(hidden.contains(row.label()) ? "<" + suppressBelow : row.counts().get(i)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * The rows of {@code table} hidden in this report: as {@link #suppressed(ReportTable, int)}, and
     * an on-time row whenever its response-time table hides any count (else "out of" minus the count
     * shown there would give it away).
     */
    private Set<String> hiddenIn(ReportTable table, int suppressBelow) {
        Set<String> hidden = suppressed(table, suppressBelow);
        if (table.title().equals(ON_TIME)) {
            ON_TIME_SOURCES.forEach((row, source) -> {
                if (!suppressed(table(source), suppressBelow).isEmpty()) {
                    hidden.add(row);
                }
            });
        }
        return hidden;
    }

    /**
     * The rows whose counts are hidden: those from 1 to one below the threshold, and then, in a
     * table with a total, as many of the next smallest as it takes for the hidden counts to add up
     * to the threshold at least (the total minus the rows shown must not give a small count away);
     * the total itself when the whole table is small.
     */
    public static Set<String> suppressed(ReportTable table, int suppressBelow) {
        Set<String> hidden = new HashSet<>();
        if (suppressBelow <= 1) {
            return hidden;
        }
        List<ReportTable.Row> rows = table.rows();
        boolean totalled = rows.get(rows.size() - 1).label().equals(TOTAL);
        List<ReportTable.Row> parts = totalled ? rows.subList(0, rows.size() - 1) : rows;
        int hiddenSum = 0;
        for (ReportTable.Row row : rows) {
            int count = row.counts().get(0);
            if (count > 0 && count < suppressBelow) {
                hidden.add(row.label());
                hiddenSum += parts.contains(row) ? count : 0;
            }
        }
        if (totalled && hiddenSum > 0 && hiddenSum < suppressBelow) {
            List<ReportTable.Row> shown = parts.stream().filter(r -> !hidden.contains(r.label()) && r.counts().get(0) > 0)
                    .sorted(java.util.Comparator.comparing((ReportTable.Row r) -> r.counts().get(0))).toList();
            for (ReportTable.Row row : shown) {
                if (hiddenSum >= suppressBelow) {
                    break;
                }
                hidden.add(row.label());
                hiddenSum += row.counts().get(0);
            }
            if (hiddenSum < suppressBelow) {
                hidden.add(TOTAL);
            }
        }
        return hidden;
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Of the answered ones (all but the "not yet" row), those answered within a "Within" row. */
    private static ReportTable.Row onTime(String label, ReportTable times) {
        int onTime = 0;
        int answered = 0;
        for (ReportTable.Row row : times.rows()) {
            int count = row.counts().get(0);
            onTime += row.label().startsWith("Within ") ? count : 0;
            answered += row.label().equals(TOTAL) || row.label().startsWith("No") ? 0 : count;
        }
        return new ReportTable.Row(label, List.of(onTime, answered));
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Optional<Reporting> reporting(CaseRecord record) {
        return Optional.ofNullable(record.request().reporting());
    }

    private static String label(Disposal disposal) {
        return switch (disposal) {
            case VALID_COMPLAINT -> "Valid complaints";
            case INELIGIBLE -> "Ineligible";
            case WITHDRAWN -> "Withdrawn";
            case ALTERNATIVE_ROUTE -> "Resolved by an alternative route";
        };
    }

    /** FOSTERING_LIMITS -> "Fostering limits". */
    static String words(String constant) {
        String lower = constant.toLowerCase(java.util.Locale.UK).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Counts records into rows; one column, the period. Not thread-safe: one report's work. */
    private record Counter(String column, LocalDate end, LocalPolicy policy, Map<LocalPolicy, Deadlines> bases) {

        /** The arithmetic of the policy {@code state} was received under, built once per policy. */
        Deadlines deadlines(ComplaintState state) {
            return bases.computeIfAbsent(state.basis().policy(), Deadlines::create);
        }

        /** The day of {@code type} in the record's journey, if it happened by the end of the period. */
        Optional<LocalDate> dateOf(CaseRecord record, EventType type) {
            return record.journey().dateOf(type).filter(date -> !date.isAfter(end));
        }


        /** Rows in {@code order} first (even when zero), then any other label met, then the total. */
        ReportTable count(String title, List<CaseRecord> records, Function<CaseRecord, String> label, List<String> order) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            order.forEach(row -> counts.put(row, 0));
            records.stream().map(label).sorted().forEach(row -> counts.merge(row, 1, Integer::sum));
            List<ReportTable.Row> rows = new ArrayList<>();
            counts.forEach((row, count) -> rows.add(new ReportTable.Row(row, List.of(count))));
            rows.add(new ReportTable.Row(TOTAL, List.of(records.size())));
            return new ReportTable(title, List.of(column), rows);
        }

        /** Findings at a stage, among the complaints that reached it ({@code reached} null: all). */
        ReportTable outcomes(String title, List<CaseRecord> valid, Function<Reporting, Finding> finding, EventType reached) {
            List<CaseRecord> atStage = valid.stream()
                    .filter(r -> reached == null || dateOf(r, reached).isPresent()).toList();
            return count(title, atStage, r -> reporting(r).map(finding).map(f -> words(f.name())).orElse(OUTSTANDING),
                    List.of(words(Finding.UPHELD.name()), words(Finding.PARTIALLY_UPHELD.name()),
                            words(Finding.NOT_UPHELD.name()), OUTSTANDING));
        }

        /** Stage 1 (Cheshire West and Chester's annual report for 2016-17 table 7): within 10 working days, within the extended maximum, later, not yet. */
        ReportTable stage1Times(List<CaseRecord> valid) {
            int ordinary = Timescale.T2_STAGE_1_RESPONSE.length();
            int maximum = policy.stage1ExtensionMaximumWorkingDays();
            return times("Stage 1 response times", valid, ComplaintState::stage1ClockStart, EventType.STAGE_1_RESPONSE_SENT,
                    ordinary, maximum, null);
        }

        /** Stage 2: within 25 working days, within 65, later, not yet; clock from the request or the agreed statement. */
        ReportTable stage2Times(List<CaseRecord> valid) {
            List<CaseRecord> atStage2 = valid.stream().filter(r -> dateOf(r, EventType.STAGE_2_REQUESTED).isPresent()).toList();
            // the council's clock start; a response before any agreed statement counts from the request
            Function<ComplaintState, LocalDate> start = state -> deadlines(state).stage2ClockStart(state)
                    .orElse(state.events().get(EventType.STAGE_2_REQUESTED));
            return times("Stage 2 response times", atStage2, start, EventType.STAGE_2_RESPONSE_SENT,
                    Timescale.T6_STAGE_2_RESPONSE.length(), Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), null);
        }

        /** Stage 3: the panel within 30 working days of the request (reg. 19(4)), later, not yet held. */
        ReportTable panelTimes(List<CaseRecord> valid) {
            List<CaseRecord> atStage3 = valid.stream().filter(r -> dateOf(r, EventType.STAGE_3_REQUESTED).isPresent()).toList();
            return times("Review panel held", atStage3, state -> state.events().get(EventType.STAGE_3_REQUESTED),
                    EventType.PANEL_HELD, Timescale.T9_REVIEW_PANEL.length(), 0, "review panel");
        }

        /** Rows: within {@code ordinary}, within {@code maximum} (if any), later, not yet. */
        private ReportTable times(String title, List<CaseRecord> records, Function<ComplaintState, LocalDate> start,
                                  EventType doneBy, int ordinary, int maximum, String what) {
            boolean extendable = maximum > ordinary;
            String within = "Within " + ordinary + " working days";
            String extended = "Within " + maximum + " working days";
            String later = "After " + (extendable ? maximum : ordinary) + " working days";
            String notYet = what == null ? "Not yet responded" : "No " + what + " yet";
            List<String> order = extendable ? List.of(within, extended, later, notYet) : List.of(within, later, notYet);
            return count(title, records, r -> {
                Optional<LocalDate> done = dateOf(r, doneBy);
                if (done.isEmpty()) {
                    return notYet;
                }
                int days = workingDays(deadlines(r.journey()), start.apply(r.journey()), done.get());
                return days <= ordinary ? within : extendable && days <= maximum ? extended : later;
            }, order);
        }

        /**
         * Working days from the clock's start to the day something was done, counted as the
         * complaint's deadlines are (the start day itself when its policy counts it and it is a
         * working day).
         */
        private static int workingDays(Deadlines basis, LocalDate start, LocalDate done) {
            WorkingDayCalendar calendar = basis.calendar();
            int days = calendar.workingDaysBetween(start, done);
            return basis.policy().countTriggerDay() && calendar.isWorkingDay(start) && !done.isBefore(start) ? days + 1 : days;
        }

        /** Escalation (Harrow's annual report for 2017/18 tables 8-9): the number, and the number it is out of. */
        ReportTable escalation(List<CaseRecord> valid) {
            Map<EventType, Integer> reached = new EnumMap<>(EventType.class);
            for (CaseRecord record : valid) {
                for (EventType type : record.journey().events().keySet()) {
                    dateOf(record, type).ifPresent(date -> reached.merge(type, 1, Integer::sum));
                }
            }
            int stage2 = reached.getOrDefault(EventType.STAGE_2_REQUESTED, 0);
            return new ReportTable("Escalation", List.of(column, OUT_OF), List.of(
                    new ReportTable.Row("Stage 1 to stage 2", List.of(stage2, valid.size())),
                    new ReportTable.Row("Stage 2 to stage 3", List.of(reached.getOrDefault(EventType.STAGE_3_REQUESTED, 0), stage2)),
                    new ReportTable.Row("Referred to the Ombudsman", List.of(
                            reached.getOrDefault(EventType.REFERRED_TO_OMBUDSMAN, 0), valid.size()))));
        }
    }
}
