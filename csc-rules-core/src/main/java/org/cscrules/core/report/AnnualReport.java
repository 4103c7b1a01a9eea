package org.cscrules.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Suspension;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.ServiceArea;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.timescale.Deadlines;
import org.cscrules.core.timescale.Timescale;

/**
 * The tables of a council's annual report on its children's social care complaints (SI 2006/1738
 * reg. 13), computed from case records, each beside the years before it. Every event is counted
 * in the period it happens, as councils count: representations and stage 1 complaints received,
 * stage 2 and 3 requests made, panels held, responses sent, referrals to the Ombudsman, whatever
 * year the complaint was received. Each stage's outcomes are its conclusions in the period (a
 * finding when the response is sent; declined, resolved, withdrawn, escalated before a response),
 * then the complaints still at the stage at the period's end, suspended or outstanding. Each
 * response's timeliness is counted in the period it was sent, against the deadline the library
 * gives it (moved on by any suspension), an extended period counting only where an extension was
 * recorded. Counts only: nothing personal is ever in a table.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnualReport {

    /** The usual threshold for publication: counts from 1 to 4 are suppressed. */
    public static final int PUBLICATION_THRESHOLD = 5;

    static final String TOTAL = "Total";
    private static final String ON_TIME = "On time";
    private static final String ESCALATION = "Escalation";
    /** The heading of a period's base in a table of rates. */
    static final String OUT_OF = "out of";
    private static final String NOT_RECORDED = "Not recorded";
    private static final String SUSPENDED_AT_END = "Suspended at the period's end";
    private static final String OUTSTANDING_AT_END = "Outstanding at the period's end";
    private static final String ESCALATED = "Escalated before a response";
    private static final String LATE = "Late";
    private static final String START_NOT_RECORDED = "Start not recorded";
    private static final String NOT_SENT = "Not yet sent";
    private static final String OTHER_ACTIVITY = "Other activity in the period";
    private static final String PAYMENTS = "Payments of compensation";
    private static final String COMPENSATION = "Compensation paid (£)";
    /** How every hidden count is shown. */
    static final String HIDDEN = "*";
    private static final String NOT_CLASSIFIED = "Not classified";
    /** Each row of the on-time table, and the response-time table it is drawn from. */
    private static final Map<String, String> ON_TIME_SOURCES = orderedMap(
            "Stage 1 responses on time", "Stage 1 response times",
            "Stage 2 responses on time", "Stage 2 response times",
            "Review panels on time", "Review panels held",
            "Panel reports on time", "Panel reports (reg. 20)",
            "Final responses on time", "Final responses (reg. 20)");

    private final ReportingPeriod period;
    private final ReportSettings settings;
    private final List<ReportTable> tables;
    /** What the report was made from, for a service area's report, made only when asked for. */
    private final List<CaseRecord> records;
    private final LocalPolicy policy;

    private AnnualReport(ReportingPeriod period, ReportSettings settings, List<ReportTable> tables, List<CaseRecord> records,
                         LocalPolicy policy) {
        this.period = period;
        this.settings = settings;
        this.tables = List.copyOf(tables);
        this.records = records;
        this.policy = policy;
    }

    /**
     * The report for {@code period} with the default settings ({@link ReportSettings#defaults()}).
     *
     * @param period the report year; not null
     * @param records every record that may have an event in the period or the years shown before it; not null, no null
     * @param policy the council's policy now, whose stage 1 cap labels the rows; not null
     * @return the report; never null
     * @throws IllegalArgumentException if an argument or a record is null
     */
    public static AnnualReport of(ReportingPeriod period, Collection<CaseRecord> records, LocalPolicy policy) {
        return of(period, records, policy, ReportSettings.defaults());
    }

    /**
     * The report for {@code period}, beside the years before it as {@code settings} says. Each
     * complaint's deadlines are counted as they were given, on the policy it was received under
     * (its {@code DeadlineBasis}: closure days, whether the trigger day counts, where stage 2 runs
     * from, the stage 1 cap) and this release's bank-holiday data.
     *
     * @param period the report year; not null
     * @param records every record that may have an event in the periods shown; not null, no null
     * @param policy the council's policy now, whose stage 1 cap labels the rows; not null
     * @param settings the rounding and the earlier years; not null
     * @return the report; never null
     * @throws IllegalArgumentException if an argument or a record is null
     */
    public static AnnualReport of(ReportingPeriod period, Collection<CaseRecord> records, LocalPolicy policy,
                                  ReportSettings settings) {
        return of(period, records, policy, settings, OtherActivity.none());
    }

    /**
     * The report for {@code period}, with what the council publishes beside its complaints:
     * compliments, MP and councillor enquiries, the Ombudsman's decisions and remedies, compensation,
     * advocacy offered and taken up.
     *
     * @param period the report year; not null
     * @param records every record that may have an event in the periods shown; not null, no null
     * @param policy the council's policy now, whose stage 1 cap labels the rows; not null
     * @param settings the rounding, the earlier years, the target and the taxonomy; not null
     * @param other the council's other records; not null ({@link OtherActivity#none()} for none)
     * @return the report; never null
     * @throws IllegalArgumentException if an argument or a record is null, or a compliment's service
     *     area is not the taxonomy's
     */
    public static AnnualReport of(ReportingPeriod period, Collection<CaseRecord> records, LocalPolicy policy,
                                  ReportSettings settings, OtherActivity other) {
        if (period == null || records == null || policy == null || settings == null || other == null
                || records.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A report needs a period, records without nulls, a policy, its settings and "
                    + "the council's other activity (none for none)");
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int years = settings.earlierYears(); years >= 0; years--) {
            periods.add(period.yearsEarlier(years));
        }
        List<CaseRecord> all = List.copyOf(records);
        Counter counter = new Counter(periods, policy, all, all.stream().filter(r -> r.disposal() == Disposal.VALID_COMPLAINT).toList(),
                settings.timelinessYear(), new HashMap<>());
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counter.representations());
        tables.add(counter.activity());
        for (ReportStage stage : ReportStage.values()) {
            tables.add(counter.outcomes(stage));
        }
        List<ReportTable> times = counter.times();
        tables.addAll(times);
        tables.add(counter.medians());
        tables.add(counter.onTime(times));
        tables.add(counter.escalation());
        tables.add(counter.breakdown("Stage 1 complaints received by complainant", ComplainantRole.values(),
                r -> Optional.of(r.request().complainantRole())));
        tables.add(counter.breakdown("Stage 1 complaints received through a representative", RepresentativeKind.values(),
                r -> Optional.ofNullable(r.request().representation()).flatMap(AnnualReport::representative), "No representative"));
        tables.addAll(counter.equality());
        tables.add(counter.stage2ByComplainant());
        tables.add(counter.breakdown("Stage 1 complaints received by service area", ServiceArea.values(),
                r -> reporting(r).map(Reporting::serviceArea)));
        tables.add(counter.breakdown("Stage 1 complaints received by subject", LocalAuthorityFunction.values(),
                r -> Optional.of(r.request().subject().function())));
        tables.add(counter.breakdown("Stage 1 complaints received by method of receipt", ReceiptMethod.values(),
                r -> reporting(r).map(Reporting::receiptMethod)));
        tables.add(counter.breakdown("Stage 1 complaints received by point of receipt", PointOfReceipt.values(),
                r -> reporting(r).map(Reporting::pointOfReceipt)));
        if (!other.isEmpty()) {
            tables.addAll(counter.other(other, settings.taxonomy()));
        }
        if (!settings.taxonomy().isEmpty()) {
            tables.addAll(counter.council(settings.taxonomy()));
        }
        return new AnnualReport(period, settings, tables, all, policy);
    }

    /**
     * The same report for one of the council's service areas alone: every table, for the complaints
     * the council classified in that area (councils publish outcomes, timeliness and escalation by
     * service area). Made when asked for, not with the report.
     *
     * @param area one of the taxonomy's service areas
     * @return the area's report; never null
     * @throws IllegalArgumentException if the settings' taxonomy has no such area
     */
    public AnnualReport forServiceArea(String area) {
        if (!settings.taxonomy().serviceAreas().contains(area)) {
            throw new IllegalArgumentException("The council's taxonomy has no such service area");
        }
        return of(period, records.stream().filter(r -> r.council() != null && area.equals(r.council().serviceArea())).toList(),
                policy, settings.withTaxonomy(CouncilTaxonomy.none()));
    }

    /**
     * The report year.
     *
     * @return the period; never null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The rounding and the earlier years shown.
     *
     * @return the settings; never null
     */
    public ReportSettings settings() {
        return settings;
    }

    /**
     * Every table, in the order of the report.
     *
     * @return the tables; never null, unmodifiable
     */
    public List<ReportTable> tables() {
        return tables;
    }

    /**
     * The table titled {@code title}.
     *
     * @param title a table's title
     * @return the table; never null
     * @throws IllegalArgumentException if there is no such table
     */
    public ReportTable table(String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table '" + title + "'"));
    }

    /**
     * The report as Markdown, laid out like councils' published reports: a heading and what is
     * counted how, then each table with each period's counts and, where it has a total, each row's
     * share of it; a table of rates shows each count out of its base, and the percentage.
     *
     * @param suppressBelow counts from 1 to one below this are shown as "&lt;n" for publication
     *     ({@link #PUBLICATION_THRESHOLD} is usual); 0 shows every count
     * @return the Markdown; never null
     */
    public String toMarkdown(int suppressBelow) {
        StringBuilder out = new StringBuilder("# Children's social care complaints: annual report " + period.label() + "\n\n")
                .append("Period ").append(period.from()).append(" to ").append(period.to())
                .append(settings.earlierYears() > 0 ? ", beside the " + settings.earlierYears() + " years before it" : "")
                .append(". Each event is counted in the period it happened, whatever year the complaint was received: ")
                .append(settings.timelinessYear() == ReportSettings.TimelinessYear.SENT
                        ? "responses, and their timeliness, in the period they were sent."
                        : "responses in the period they were sent, and their timeliness in the period they were due.")
                .append(" Working days under SI 2006/1738 reg. 2;")
                .append(" a deadline moved on by a suspension (reg. 8) is counted as moved. Percentages are ")
                .append(settings.roundingInWords()).append(", of the total shown, or of the base beside them.");
        if (suppressBelow > 1) {
            out.append(" Counts below ").append(suppressBelow).append(", and as many others in the same column as it takes that")
                    .append(" none can be worked out from the rest, are shown as *.");
        }
        out.append('\n');
        for (ReportTable table : tables) {
            Set<Cell> hidden = hiddenIn(table, suppressBelow);
            out.append("\n## ").append(table.title()).append("\n\n| |");
            int periods = table.rates() ? table.columns().size() / 2 : table.columns().size();
            boolean totalled = totalled(table);
            for (int p = 0; p < periods; p++) {
                out.append(' ').append(table.columns().get(table.rates() ? 2 * p : p)).append(" |")
                        .append(totalled || table.rates() ? " % |" : "");
            }
            out.append("\n|---|").append((totalled || table.rates() ? "---:|---:|" : "---:|").repeat(periods)).append('\n');
            for (ReportTable.Row row : table.rows()) {
                out.append("| ").append(row.label()).append(" |");
                for (int p = 0; p < periods; p++) {
                    if (table.rates()) {
                        int count = row.counts().get(2 * p);
                        int base = row.counts().get(2 * p + 1);
                        boolean hideCount = hidden.contains(new Cell(row.label(), 2 * p));
                        boolean hideBase = hidden.contains(new Cell(row.label(), 2 * p + 1));
                        out.append(' ').append(hideCount ? HIDDEN : count).append(" of ")
                                .append(hideBase ? HIDDEN : base).append(" | ")
                                .append(base == 0 || hideCount || hideBase ? "" : settings.percent(count, base) + "%").append(" |");
                    } else if (table.kind() == ReportTable.Kind.VALUES) {
                        Integer value = row.counts().get(p);
                        out.append(' ').append(value == null ? "–" : value.toString()).append(" |");
                    } else {
                        int count = row.counts().get(p);
                        boolean hide = hidden.contains(new Cell(row.label(), p));
                        out.append(' ').append(hide ? HIDDEN : count).append(" |");
                        if (totalled) {
                            int total = table.row(TOTAL).counts().get(p);
                            out.append(' ').append(total == 0 || hide ? "" : settings.percent(count, total) + "%").append(" |");
                        }
                    }
                }
                out.append('\n');
            }
            if (table.title().equals(ON_TIME)) {
                settings.onTimeTargetPercent().ifPresent(target -> out.append(target(table, target, hidden, suppressBelow)));
            }
        }
        return out.append(REG_13).toString();
    }

    /**
     * The council's target, and for each rate of the report year whether it was met; a rate whose
     * count is hidden is not judged, lest the judgement give the count away.
     */
    private String target(ReportTable table, int target, Set<Cell> hidden, int suppressBelow) {
        int count = table.columns().size() - 2;
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (ReportTable.Row row : table.rows()) {
            int base = row.counts().get(count + 1);
            if (base == 0 || hidden.contains(new Cell(row.label(), count))) {
                continue;
            }
            long percent = settings.percent(row.counts().get(count), base);
            (percent >= target ? met : missed).add(row.label() + " (" + percent + "%)");
        }
        return "\nThe council's target is " + target + "% on time. In " + period.label() + ": met by "
                + (met.isEmpty() ? "none" : String.join(", ", met)) + "; not met by "
                + (missed.isEmpty() ? "none" : String.join(", ", missed)) + ".\n";
    }

    /** What reg. 13 requires of the council, and where the report meets each part. */
    private static final String REG_13 = "\n## What regulation 13 requires, and where this report meets it\n\n"
            + "SI 2006/1738 reg. 13 requires the council to keep a record of each representation, its outcome and whether "
            + "each time limit was complied with, and to produce an annual report and have it available to the public.\n\n"
            + "- Each representation: \"Representations received\" and \"Complaints and requests in the period\".\n"
            + "- Its outcome: \"Stage 1 outcomes\", \"Stage 2 outcomes\" and \"Stage 3 outcomes\".\n"
            + "- Each time limit: \"Stage 1 response times\" (reg. 14), \"Stage 2 response times\" (reg. 17), \"Review "
            + "panels held\" (reg. 19(4)), \"Panel reports (reg. 20)\" and \"Final responses (reg. 20)\", summed up in "
            + "\"On time\".\n"
            + "- Available to the public: this report, with small counts suppressed so that no one can be identified.\n";

    /**
     * The report as CSV, one count a line: {@code table,row,column,count}, with the same suppression
     * as {@link #toMarkdown(int)}.
     *
     * @param suppressBelow as for {@link #toMarkdown(int)}
     * @return the CSV; never null
     */
    public String toCsv(int suppressBelow) {
        StringBuilder out = new StringBuilder("table,row,column,count\n");
        for (ReportTable table : tables) {
            Set<Cell> hidden = hiddenIn(table, suppressBelow);
            for (ReportTable.Row row : table.rows()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    String column = table.rates() && i % 2 == 1 ? table.columns().get(i - 1) + " " + OUT_OF : table.columns().get(i);
                    out.append(csv(table.title())).append(',').append(csv(row.label())).append(',').append(csv(column)).append(',')
                            .append(row.counts().get(i) == null ? "" : hidden.contains(new Cell(row.label(), i))
                                    ? HIDDEN : row.counts().get(i)).append('\n');
                }
            }
        }
        return out.toString();
    }


    /**
     * One count of a table: its row's label and its column's index.
     *
     * @param row the row's label
     * @param column the column's index, from 0
     */
    public record Cell(String row, int column) {
    }

    /**
     * The cells of {@code table} hidden in this report: as {@link #suppressed(ReportTable, int)},
     * and an on-time count whenever its response-time table hides a count in the same period (else
     * the base minus the count shown would give a small count away).
     */
    private Set<Cell> hiddenIn(ReportTable table, int suppressBelow) {
        Set<Cell> hidden = suppressed(table, suppressBelow);
        if (table.title().equals(OTHER_ACTIVITY)) {
            for (Cell cell : Set.copyOf(hidden)) {
                if (cell.row().equals(PAYMENTS)) {
                    hidden.add(new Cell(COMPENSATION, cell.column())); // a single payment's amount is one person's award
                }
            }
        }
        if (table.title().equals(ON_TIME)) {
            ON_TIME_SOURCES.forEach((row, source) -> {
                Set<Cell> inSource = suppressed(table(source), suppressBelow);
                for (Cell cell : inSource) {
                    hidden.add(new Cell(row, 2 * cell.column()));
                }
            });
        }
        return hidden;
    }

    /**
     * The cells whose counts are hidden, column by column: those from 1 to one below the
     * threshold; then, in a table with a total, as many of the next smallest as it takes for the
     * hidden counts to add up to the threshold at least (the total minus the counts shown must not
     * give a small count away), and the total itself when the whole column is small. In a table of
     * rates a count and its base are hidden each for itself: a hidden count never hides a base
     * that is not small.
     *
     * @param table a table of the report; not null
     * @param suppressBelow the threshold; 1 or less hides nothing
     * @return the hidden cells; never null
     */
    public static Set<Cell> suppressed(ReportTable table, int suppressBelow) {
        Set<Cell> hidden = new HashSet<>();
        if (suppressBelow <= 1 || table.kind() == ReportTable.Kind.VALUES) {
            return hidden;
        }
        List<ReportTable.Row> rows = table.rows();
        boolean totalled = totalled(table);
        List<ReportTable.Row> parts = totalled ? rows.subList(0, rows.size() - 1) : rows;
        for (int column = 0; column < table.columns().size(); column++) {
            int c = column;
            int hiddenSum = 0;
            for (ReportTable.Row row : rows) {
                int count = row.counts().get(c);
                if (count > 0 && count < suppressBelow) {
                    hidden.add(new Cell(row.label(), c));
                    hiddenSum += parts.contains(row) ? count : 0;
                }
            }
            if (totalled && hiddenSum > 0 && hiddenSum < suppressBelow) {
                List<ReportTable.Row> shown = parts.stream()
                        .filter(r -> !hidden.contains(new Cell(r.label(), c)) && r.counts().get(c) > 0)
                        .sorted(Comparator.comparing((ReportTable.Row r) -> r.counts().get(c))).toList();
                for (ReportTable.Row row : shown) {
                    if (hiddenSum >= suppressBelow) {
                        break;
                    }
                    hidden.add(new Cell(row.label(), c));
                    hiddenSum += row.counts().get(c);
                }
                if (hiddenSum < suppressBelow) {
                    hidden.add(new Cell(TOTAL, c));
                }
            }
        }
        return hidden;
    }

    private static boolean totalled(ReportTable table) {
        return !table.rates() && table.rows().get(table.rows().size() - 1).label().equals(TOTAL);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Who made the complaint for its complainant: the child's representative, else the adult's own. */
    private static Optional<RepresentativeKind> representative(Representation representation) {
        return Optional.ofNullable(representation.representative())
                .or(() -> Optional.ofNullable(representation.complainantsRepresentative()));
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
        String lower = constant.toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The three stages, each with the events that start and answer it and the finding it records. */
    private enum ReportStage {
        STAGE_1("Stage 1 outcomes", null, EventType.STAGE_1_RESPONSE_SENT, Reporting::stage1Finding),
        STAGE_2("Stage 2 outcomes", EventType.STAGE_2_REQUESTED, EventType.STAGE_2_RESPONSE_SENT, Reporting::stage2Finding),
        STAGE_3("Stage 3 outcomes", EventType.STAGE_3_REQUESTED, EventType.FINAL_RESPONSE_SENT, Reporting::stage3Finding);

        private final String title;
        private final EventType requested;
        private final EventType answered;
        private final Function<Reporting, Finding> finding;

        ReportStage(String title, EventType requested, EventType answered, Function<Reporting, Finding> finding) {
            this.title = title;
            this.requested = requested;
            this.answered = answered;
            this.finding = finding;
        }

        /** The day the complaint entered this stage: received for stage 1; empty if it never did. */
        Optional<LocalDate> entered(CaseRecord record) {
            return requested == null ? Optional.of(record.journey().received()) : record.journey().dateOf(requested);
        }

        /** The next stage, if any. */
        Optional<ReportStage> next() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }

        /** The stage a complaint was at on {@code day}: the latest it had entered by then. */
        static ReportStage at(CaseRecord record, LocalDate day) {
            ReportStage at = STAGE_1;
            for (ReportStage stage : values()) {
                if (stage.entered(record).filter(entered -> !entered.isAfter(day)).isPresent()) {
                    at = stage;
                }
            }
            return at;
        }
    }

    /** The events that end a stage other than its answer, by their row in the outcomes. */
    private static final Map<EventType, String> ENDINGS = Map.of(EventType.REQUEST_DECLINED, "Declined",
            EventType.RESOLVED, "Resolved", EventType.WITHDRAWN, "Withdrawn",
            EventType.REFERRED_TO_OMBUDSMAN, "Referred to the Ombudsman before a response");

    /** Counts records into rows, a column per period. Not thread-safe: one report's work. */
    private record Counter(List<ReportingPeriod> periods, LocalPolicy policy, List<CaseRecord> records, List<CaseRecord> valid,
                           ReportSettings.TimelinessYear timelinessYear,
                           Map<LocalPolicy, Deadlines> bases) {

        private List<String> columns() {
            return periods.stream().map(ReportingPeriod::label).toList();
        }

        /** The arithmetic of the policy {@code state} was received under, built once per policy. */
        Deadlines deadlines(ComplaintState state) {
            return bases.computeIfAbsent(state.basis().policy(), Deadlines::create);
        }

        /** A table whose rows are {@code order} (even when zero), then any other label met, then the total. */
        private ReportTable table(String title, List<String> order, Function<ReportingPeriod, List<String>> labels) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            order.forEach(row -> counts.put(row, new int[periods.size()]));
            int[] totals = new int[periods.size()];
            for (int p = 0; p < periods.size(); p++) {
                int column = p;
                labels.apply(periods.get(p)).stream().sorted().forEach(row -> {
                    counts.computeIfAbsent(row, r -> new int[periods.size()])[column]++;
                    totals[column]++;
                });
            }
            List<ReportTable.Row> rows = new ArrayList<>();
            counts.forEach((row, byPeriod) -> rows.add(new ReportTable.Row(row, java.util.Arrays.stream(byPeriod).boxed().toList())));
            rows.add(new ReportTable.Row(TOTAL, java.util.Arrays.stream(totals).boxed().toList()));
            return new ReportTable(title, columns(), rows);
        }

        /** Representations received in each period, by what became of them. */
        ReportTable representations() {
            List<String> order = java.util.Arrays.stream(Disposal.values()).map(AnnualReport::label).toList();
            return table("Representations received", order, p -> records.stream()
                    .filter(r -> p.contains(r.request().dates().received())).map(r -> label(r.disposal())).toList());
        }

        /** What happened in each period, whatever year each complaint was received. */
        ReportTable activity() {
            Map<String, EventType> rows = new LinkedHashMap<>();
            rows.put("Stage 2 requests made", EventType.STAGE_2_REQUESTED);
            rows.put("Stage 3 requests made", EventType.STAGE_3_REQUESTED);
            rows.put("Review panels held", EventType.PANEL_HELD);
            rows.put("Referred to the Ombudsman", EventType.REFERRED_TO_OMBUDSMAN);
            List<ReportTable.Row> out = new ArrayList<>();
            out.add(new ReportTable.Row("Stage 1 complaints received", periods.stream()
                    .map(p -> (int) valid().stream().filter(r -> p.contains(r.journey().received())).count()).toList()));
            rows.forEach((label, type) -> out.add(new ReportTable.Row(label, periods.stream()
                    .map(p -> (int) valid().stream().filter(r -> p.contains(r.journey().events().get(type))).count()).toList())));
            out.add(new ReportTable.Row("Complaints suspended (reg. 8)", periods.stream()
                    .map(p -> (int) valid().stream().filter(r -> r.journey().suspensions().stream()
                            .anyMatch(suspension -> p.contains(suspension.suspended()))).count()).toList()));
            out.add(new ReportTable.Row("Working days suspended", periods.stream()
                    .map(p -> valid().stream().mapToInt(r -> suspendedWorkingDays(r.journey(), p)).sum()).toList()));
            return new ReportTable("Complaints and requests in the period", columns(), out);
        }

        /**
         * A stage's outcomes in each period: its conclusions in the period (each finding, when the
         * response was sent; declined, resolved, withdrawn; escalated before a response), then the
         * complaints still at the stage at the period's end, suspended or outstanding.
         */
        ReportTable outcomes(ReportStage stage) {
            List<String> order = new ArrayList<>(List.of(words(Finding.UPHELD.name()), words(Finding.PARTIALLY_UPHELD.name()),
                    words(Finding.NOT_UPHELD.name()), NOT_RECORDED));
            if (stage != ReportStage.STAGE_1) {
                order.add(ENDINGS.get(EventType.REQUEST_DECLINED));
            }
            order.addAll(List.of(ENDINGS.get(EventType.RESOLVED), ENDINGS.get(EventType.WITHDRAWN),
                    ENDINGS.get(EventType.REFERRED_TO_OMBUDSMAN)));
            if (stage != ReportStage.STAGE_3) {
                order.add(ESCALATED);
            }
            order.addAll(List.of(SUSPENDED_AT_END, OUTSTANDING_AT_END));
            return table(stage.title, order, p -> valid().stream().map(r -> outcome(r, stage, p)).flatMap(Optional::stream).toList());
        }

        /** The one row of {@code stage}'s outcomes that {@code record} counts in for {@code period}, if any. */
        private Optional<String> outcome(CaseRecord record, ReportStage stage, ReportingPeriod period) {
            Optional<LocalDate> entered = stage.entered(record);
            if (entered.isEmpty() || entered.get().isAfter(period.to())) {
                return Optional.empty();
            }
            Optional<Conclusion> ended = conclusion(record, stage).filter(c -> !c.day().isAfter(period.to()));
            if (ended.isPresent()) {
                return period.contains(ended.get().day()) ? Optional.of(ended.get().row()) : Optional.empty();
            }
            return Optional.of(suspendedAt(record.journey(), period.to()) ? SUSPENDED_AT_END : OUTSTANDING_AT_END);
        }

        /** How and when a stage ended: its row in the outcomes, and whether by the stage's answer. */
        private record Conclusion(LocalDate day, String row, boolean answered) {
        }

        /**
         * How {@code record}'s {@code stage} ended, if it has: the answer with its finding, else the
         * earliest of the endings at the stage (declined, resolved, withdrawn, referred), else the next
         * stage entered before an answer.
         */
        private static Optional<Conclusion> conclusion(CaseRecord record, ReportStage stage) {
            Map<EventType, LocalDate> events = record.journey().events();
            Conclusion ended = null;
            LocalDate answered = events.get(stage.answered);
            if (answered != null) {
                ended = new Conclusion(answered, reporting(record).map(stage.finding).map(f -> words(f.name())).orElse(NOT_RECORDED), true);
            }
            for (Map.Entry<EventType, String> ending : ENDINGS.entrySet()) {
                LocalDate day = events.get(ending.getKey());
                if (day != null && ReportStage.at(record, day) == stage && (ended == null || day.isBefore(ended.day()))) {
                    ended = new Conclusion(day, ending.getValue(), false);
                }
            }
            Optional<LocalDate> next = stage.next().flatMap(s -> s.entered(record));
            if (ended == null && next.isPresent()) {
                ended = new Conclusion(next.get(), ESCALATED, false);
            }
            return Optional.ofNullable(ended);
        }

        /**
         * The working days of the period on which the complaint's consideration stood wholly
         * suspended: from the day after it was suspended to the day it resumed, or to the period's
         * end while it is still suspended. These days are out of every response time, as the
         * deadlines moved on by them are.
         */
        private int suspendedWorkingDays(ComplaintState state, ReportingPeriod period) {
            int days = 0;
            for (Suspension suspension : state.suspensions()) {
                if (!suspension.whole()) {
                    continue;
                }
                LocalDate from = suspension.suspended().isBefore(period.from()) ? period.from().minusDays(1) : suspension.suspended();
                LocalDate resumed = suspension.resumed() == null || suspension.resumed().isAfter(period.to())
                        ? period.to() : suspension.resumed();
                if (resumed.isAfter(from)) {
                    days += deadlines(state).calendar().workingDaysBetween(from, resumed);
                }
            }
            return days;
        }

        private static boolean suspendedAt(ComplaintState state, LocalDate day) {
            return state.suspensions().stream().anyMatch(s -> s.whole() && !s.suspended().isAfter(day)
                    && (s.resumed() == null || s.resumed().isAfter(day)));
        }

        /**
         * The timeliness of each response sent in each period, against the deadline the library
         * gives it (moved on by any suspension), an extended period counting only where an
         * extension was recorded: stage 1 and 2, the review panel (reg. 19(4)), the panel's report
         * and the final response (reg. 20).
         */
        List<ReportTable> times() {
            int cap = policy.stage1ExtensionMaximumWorkingDays();
            return List.of(
                    timeliness("Stage 1 response times", EventType.STAGE_1_RESPONSE_SENT, EventType.STAGE_1_EXTENDED,
                            "Within " + Timescale.T2_STAGE_1_RESPONSE.length() + " working days",
                            "Within " + cap + " working days, extension recorded", this::stage1Deadlines),
                    timeliness("Stage 2 response times", EventType.STAGE_2_RESPONSE_SENT, EventType.STAGE_2_EXTENDED,
                            "Within " + Timescale.T6_STAGE_2_RESPONSE.length() + " working days",
                            "Within " + Timescale.T6_STAGE_2_RESPONSE.extendedMaximum() + " working days, extension recorded",
                            r -> {
                                Deadlines d = deadlines(r.journey());
                                LocalDate requested = r.journey().events().get(EventType.STAGE_2_REQUESTED);
                                LocalDate start = d.stage2ClockStart(r.journey()).orElse(requested);
                                return List.of(d.due(Timescale.T6_STAGE_2_RESPONSE, start), d.stage2MaximumFromRequest(requested)
                                        .orElse(d.latestIfExtended(Timescale.T6_STAGE_2_RESPONSE, start)));
                            }),
                    timeliness("Review panels held", EventType.PANEL_HELD, null,
                            "Within " + Timescale.T9_REVIEW_PANEL.length() + " working days of the request", null,
                            r -> List.of(deadlines(r.journey()).due(Timescale.T9_REVIEW_PANEL,
                                    r.journey().events().get(EventType.STAGE_3_REQUESTED)))),
                    timeliness("Panel reports (reg. 20)", EventType.PANEL_REPORT_RECEIVED, null,
                            "Within " + Timescale.T10_PANEL_REPORT.length() + " working days of the panel", null,
                            r -> List.of(deadlines(r.journey()).due(Timescale.T10_PANEL_REPORT,
                                    r.journey().events().get(EventType.PANEL_HELD)))),
                    timeliness("Final responses (reg. 20)", EventType.FINAL_RESPONSE_SENT, null,
                            "Within " + Timescale.T11_FINAL_RESPONSE.length() + " working days of the report", null,
                            r -> List.of(deadlines(r.journey()).due(Timescale.T11_FINAL_RESPONSE,
                                    r.journey().events().get(EventType.PANEL_REPORT_RECEIVED)))));
        }

        /**
         * Rows: within the period, within the extended period with an extension recorded (where
         * there is one), late; each response in the period it was sent. A response whose start is
         * not recorded is counted as "not known".
         */
        private ReportTable timeliness(String title, EventType done, EventType extension, String within, String extended,
                                       Function<CaseRecord, List<Deadline>> deadlinesOf) {
            if (timelinessYear == ReportSettings.TimelinessYear.DUE) {
                List<String> order = extended == null ? List.of(within, LATE, NOT_SENT) : List.of(within, extended, LATE, NOT_SENT);
                return table(title, order, p -> valid().stream().filter(r -> dueIn(r, p, deadlinesOf))
                        .filter(r -> r.journey().events().get(done) != null || !endedOtherwise(r, done)).map(r -> {
                    LocalDate sent = r.journey().events().get(done);
                    // judged as now known: a response sent after the year's end was late in the year it was due
                    return sent == null ? NOT_SENT : timeliness(r, done, extension, within, extended, deadlinesOf);
                }).toList());
            }
            List<String> order = extended == null ? List.of(within, LATE) : List.of(within, extended, LATE);
            return table(title, order, p -> valid().stream().filter(r -> p.contains(r.journey().events().get(done)))
                    .map(r -> timeliness(r, done, extension, within, extended, deadlinesOf)).toList());
        }

        /**
         * Whether the stage whose answer is {@code done} ended without one (declined, resolved,
         * withdrawn, referred to the Ombudsman, or escalated): no response was then owed.
         */
        private static boolean endedOtherwise(CaseRecord r, EventType done) {
            return java.util.Arrays.stream(ReportStage.values()).filter(s -> s.answered == done).findFirst()
                    .flatMap(stage -> conclusion(r, stage)).filter(c -> !c.answered()).isPresent();
        }

        /** Whether the ordinary deadline of the response, moved on by any suspension, falls in {@code period}. */
        private boolean dueIn(CaseRecord r, ReportingPeriod period, Function<CaseRecord, List<Deadline>> deadlinesOf) {
            try {
                return period.contains(deadlines(r.journey()).paused(deadlinesOf.apply(r).get(0), r.journey().suspensions()).due());
            } catch (IllegalArgumentException notStarted) {
                return false;
            }
        }

        /** The row of one response: within, within the extended period with an extension recorded, late, or start not recorded. */
        private String timeliness(CaseRecord r, EventType done, EventType extension, String within, String extended,
                                  Function<CaseRecord, List<Deadline>> deadlinesOf) {
            LocalDate sent = r.journey().events().get(done);
            List<Deadline> due;
            try {
                due = deadlinesOf.apply(r);
            } catch (IllegalArgumentException missingStart) {
                return START_NOT_RECORDED;
            }
            List<Suspension> suspensions = r.journey().suspensions();
            Deadlines arithmetic = deadlines(r.journey());
            if (!sent.isAfter(arithmetic.paused(due.get(0), suspensions).due())) {
                return within;
            }
            LocalDate extendedOn = extension == null ? null : r.journey().events().get(extension);
            boolean extendedInTime = extendedOn != null && !extendedOn.isAfter(sent);
            return extended != null && extendedInTime && !sent.isAfter(arithmetic.paused(due.get(1), suspensions).due())
                    ? extended : LATE;
        }

        /** Stage 1's deadline and its latest if extended, from the stage 1 clock's start, on the complaint's policy. */
        private List<Deadline> stage1Deadlines(CaseRecord r) {
            Deadlines d = deadlines(r.journey());
            LocalDate start = r.journey().stage1ClockStart();
            return List.of(d.due(Timescale.T2_STAGE_1_RESPONSE, start), d.latestIfExtended(Timescale.T2_STAGE_1_RESPONSE, start));
        }

        /** Whether a stage 1 response was on time: within the period, or the extended one with an extension recorded. */
        private boolean stage1OnTime(CaseRecord r) {
            String row = timeliness(r, EventType.STAGE_1_RESPONSE_SENT, EventType.STAGE_1_EXTENDED, "within", "extended",
                    this::stage1Deadlines);
            return !row.equals(LATE) && !row.equals(START_NOT_RECORDED);
        }

        /**
         * Of the responses in each period, those on time (every row but "Late" and, counted in the
         * year due, "Not yet sent"), out of all whose start is recorded.
         */
        ReportTable onTime(List<ReportTable> times) {
            List<ReportTable.Row> rows = new ArrayList<>();
            ON_TIME_SOURCES.forEach((label, source) -> {
                ReportTable table = times.stream().filter(t -> t.title().equals(source)).findFirst().orElseThrow();
                List<Integer> counts = new ArrayList<>();
                for (int p = 0; p < periods.size(); p++) {
                    int column = p;
                    int all = table.row(TOTAL).counts().get(p);
                    int late = table.row(LATE).counts().get(p);
                    int unknown = table.rows().stream().filter(r -> r.label().equals(START_NOT_RECORDED))
                            .mapToInt(r -> r.counts().get(column)).sum();
                    int notSent = table.rows().stream().filter(r -> r.label().equals(NOT_SENT))
                            .mapToInt(r -> r.counts().get(column)).sum();
                    counts.add(all - late - unknown - notSent);
                    counts.add(all - unknown);
                }
                rows.add(new ReportTable.Row(label, counts));
            });
            return new ReportTable(ON_TIME, rateColumns(), rows, ReportTable.Kind.RATES);
        }

        /**
         * The council's own categories: stage 1 complaints received, stage 2 and 3 requests made,
         * stage 1 responses on time and upheld, each by its service areas; the themes of the
         * complaints received; the learning recorded on the complaints whose last response was sent
         * in the period. A complaint may have several themes and several kinds of learning, so those
         * two tables have no total.
         *
         * @throws IllegalArgumentException if a record is classified in a category the taxonomy lacks
         */
        List<ReportTable> council(CouncilTaxonomy taxonomy) {
            for (CaseRecord record : records) {
                CouncilClassification council = record.council();
                if (council != null && (council.serviceArea() != null && !taxonomy.serviceAreas().contains(council.serviceArea())
                        || !taxonomy.themes().containsAll(council.themes()) || !taxonomy.learning().containsAll(council.learning()))) {
                    throw new IllegalArgumentException("A record is classified in a category the council's taxonomy does not have: "
                            + "its service area, themes and learning must be among the taxonomy's");
                }
            }
            List<String> areas = new ArrayList<>(taxonomy.serviceAreas());
            areas.add(NOT_CLASSIFIED);
            Function<CaseRecord, String> area = r -> Optional.ofNullable(r.council()).map(CouncilClassification::serviceArea)
                    .orElse(NOT_CLASSIFIED);
            List<ReportTable> tables = new ArrayList<>();
            tables.add(table("Stage 1 complaints received by the council's service area", areas,
                    p -> valid().stream().filter(r -> p.contains(r.journey().received())).map(area).toList()));
            tables.add(table("Stage 2 requests made by the council's service area", areas, p -> valid().stream()
                    .filter(r -> p.contains(r.journey().events().get(EventType.STAGE_2_REQUESTED))).map(area).toList()));
            tables.add(table("Stage 3 requests made by the council's service area", areas, p -> valid().stream()
                    .filter(r -> p.contains(r.journey().events().get(EventType.STAGE_3_REQUESTED))).map(area).toList()));
            tables.add(byArea("Stage 1 responses on time, by the council's service area", areas, area, this::stage1OnTime));
            tables.add(byArea("Stage 1 responses upheld or partly upheld, by the council's service area", areas, area,
                    r -> reporting(r).map(Reporting::stage1Finding)
                            .filter(f -> f == Finding.UPHELD || f == Finding.PARTIALLY_UPHELD).isPresent()));
            tables.add(labelled("Themes of the stage 1 complaints received", taxonomy.themes(),
                    p -> valid().stream().filter(r -> p.contains(r.journey().received())).toList(),
                    r -> Optional.ofNullable(r.council()).map(CouncilClassification::themes).orElse(Set.of())));
            tables.add(labelled("Learning and actions recorded", taxonomy.learning(),
                    p -> valid().stream().filter(r -> lastResponse(r).filter(p::contains).isPresent()).toList(),
                    r -> Optional.ofNullable(r.council()).map(CouncilClassification::learning).orElse(Set.of())));
            return tables;
        }

        /**
         * Equality monitoring of the people the complaints concern, where the council recorded it:
         * stage 1 complaints received and stage 2 requests made, by sex, ethnic group and
         * disability, every value a row, small counts suppressed like every other. Only when some
         * record has it.
         */
        List<ReportTable> equality() {
            if (records.stream().noneMatch(r -> monitoring(r).isPresent())) {
                return List.of();
            }
            List<ReportTable> tables = new ArrayList<>();
            Map<String, EventType> stages = new LinkedHashMap<>();
            stages.put("Stage 1 complaints received", null);
            stages.put("Stage 2 requests made", EventType.STAGE_2_REQUESTED);
            stages.forEach((what, event) -> {
                Function<ReportingPeriod, List<CaseRecord>> inPeriod = p -> valid().stream()
                        .filter(r -> p.contains(event == null ? r.journey().received() : r.journey().events().get(event))).toList();
                tables.add(monitored(what + " by the service user's sex", EqualityMonitoring.Sex.values(), inPeriod,
                        m -> m.sex()));
                tables.add(monitored(what + " by the service user's ethnic group", EqualityMonitoring.EthnicGroup.values(), inPeriod,
                        m -> m.ethnicGroup()));
                tables.add(monitored(what + " by the service user's disability", EqualityMonitoring.Disability.values(), inPeriod,
                        m -> m.disability()));
            });
            return tables;
        }

        private <E extends Enum<E>> ReportTable monitored(String title, E[] values, Function<ReportingPeriod, List<CaseRecord>> inPeriod,
                                                         Function<EqualityMonitoring, E> value) {
            List<String> order = java.util.Arrays.stream(values).map(e -> words(e.name())).toList();
            String notRecorded = words(values[values.length - 1].name());
            return table(title, order, p -> inPeriod.apply(p).stream()
                    .map(r -> monitoring(r).map(m -> words(value.apply(m).name())).orElse(notRecorded)).toList());
        }

        private static Optional<EqualityMonitoring> monitoring(CaseRecord record) {
            return Optional.ofNullable(record.council()).map(CouncilClassification::equality);
        }

        /** The stage 2 requests made in each period, by who made the complaint (seed councils' "origin" of stage 2 complaints). */
        ReportTable stage2ByComplainant() {
            List<String> order = java.util.Arrays.stream(ComplainantRole.values()).map(e -> words(e.name())).toList();
            return table("Stage 2 requests made by complainant", order, p -> valid().stream()
                    .filter(r -> p.contains(r.journey().events().get(EventType.STAGE_2_REQUESTED)))
                    .map(r -> words(r.request().complainantRole().name())).toList());
        }

        /**
         * What the council publishes beside its complaints, each in the period it happened:
         * compliments by service area, MP and councillor enquiries, the Ombudsman's decisions and the
         * remedies agreed, compensation paid.
         *
         * @throws IllegalArgumentException if a compliment's service area is not the taxonomy's
         */
        List<ReportTable> other(OtherActivity other, CouncilTaxonomy taxonomy) {
            if (other.compliments().stream().anyMatch(c -> c.serviceArea() != null && !taxonomy.serviceAreas().contains(c.serviceArea()))) {
                throw new IllegalArgumentException("A compliment is classified in a service area the council's taxonomy does not have");
            }
            List<String> areas = new ArrayList<>(taxonomy.serviceAreas());
            areas.add(NOT_CLASSIFIED);
            List<ReportTable> tables = new ArrayList<>();
            tables.add(table("Compliments received", areas, p -> other.compliments().stream().filter(c -> p.contains(c.received()))
                    .map(c -> c.serviceArea() == null ? NOT_CLASSIFIED : c.serviceArea()).toList()));
            tables.add(table("Ombudsman decisions", java.util.Arrays.stream(OtherActivity.Decision.values())
                    .map(d -> words(d.name())).toList(), p -> other.ombudsmanDecisions().stream()
                    .filter(d -> p.contains(d.decided())).map(d -> words(d.decision().name())).toList()));
            tables.add(new ReportTable(OTHER_ACTIVITY, columns(), List.of(
                    new ReportTable.Row("MP and councillor enquiries", periods.stream()
                            .map(p -> (int) other.enquiries().stream().filter(p::contains).count()).toList()),
                    new ReportTable.Row("Ombudsman decisions with a remedy agreed", periods.stream()
                            .map(p -> (int) other.ombudsmanDecisions().stream().filter(d -> p.contains(d.decided()) && d.remedyAgreed())
                                    .count()).toList()),
                    new ReportTable.Row(PAYMENTS, periods.stream()
                            .map(p -> (int) other.payments().stream().filter(pay -> p.contains(pay.paid())).count()).toList()),
                    new ReportTable.Row(COMPENSATION, periods.stream()
                            .map(p -> other.payments().stream().filter(pay -> p.contains(pay.paid())).mapToInt(OtherActivity.Payment::pounds)
                                    .sum()).toList()))));
            tables.add(new ReportTable("Advocacy (s26A)", rateColumns(), List.of(new ReportTable.Row(
                    "Children and young people who took up an advocate, out of those offered one", periods.stream()
                    .flatMap(p -> java.util.stream.Stream.of((int) other.advocacyTakenUp().stream().filter(p::contains).count(),
                            (int) other.advocacyOffered().stream().filter(p::contains).count())).toList())), ReportTable.Kind.RATES));
            return tables;
        }

        /**
         * The median working days to respond, of the responses sent in each period: from the day each
         * clock started (stage 1's, stage 2's, the panel's report) to the day the response was sent,
         * less the working days consideration stood wholly suspended. A median of an even number is
         * the mean of the middle two, rounded half up; none where no response was sent.
         */
        ReportTable medians() {
            Map<String, EventType> rows = new LinkedHashMap<>();
            rows.put("Stage 1 responses", EventType.STAGE_1_RESPONSE_SENT);
            rows.put("Stage 2 responses", EventType.STAGE_2_RESPONSE_SENT);
            rows.put("Final responses, from the panel's report", EventType.FINAL_RESPONSE_SENT);
            List<ReportTable.Row> out = new ArrayList<>();
            rows.forEach((label, sent) -> out.add(new ReportTable.Row(label, periods.stream().map(p -> median(valid().stream()
                    .filter(r -> p.contains(r.journey().events().get(sent)))
                    .map(r -> daysToRespond(r, sent)).flatMap(Optional::stream).toList())).toList())));
            return new ReportTable("Median working days to respond", columns(), out, ReportTable.Kind.VALUES);
        }

        /** The working days from the clock's start to {@code sent}, less those wholly suspended; empty if the start is not recorded. */
        private Optional<Integer> daysToRespond(CaseRecord r, EventType sent) {
            ComplaintState state = r.journey();
            LocalDate start = switch (sent) {
                case STAGE_1_RESPONSE_SENT -> state.stage1ClockStart();
                case STAGE_2_RESPONSE_SENT -> deadlines(state).stage2ClockStart(state).orElse(state.events().get(EventType.STAGE_2_REQUESTED));
                default -> state.events().get(EventType.PANEL_REPORT_RECEIVED);
            };
            LocalDate done = state.events().get(sent);
            if (start == null || done.isBefore(start)) {
                return Optional.empty();
            }
            if (done.equals(start)) {
                return Optional.of(0);
            }
            int days = deadlines(state).calendar().workingDaysBetween(start, done);
            return Optional.of(days - suspendedWorkingDays(state, new ReportingPeriod(start.plusDays(1), done)));
        }

        private static Integer median(List<Integer> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Integer> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (int) Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
        }

        /** Of the stage 1 responses sent in each period, by service area: those {@code counted}, out of all. */
        private ReportTable byArea(String title, List<String> areas, Function<CaseRecord, String> area,
                                   java.util.function.Predicate<CaseRecord> counted) {
            List<ReportTable.Row> rows = new ArrayList<>();
            for (String label : areas) {
                List<Integer> counts = new ArrayList<>();
                for (ReportingPeriod p : periods) {
                    List<CaseRecord> answered = valid().stream().filter(r -> area.apply(r).equals(label))
                            .filter(r -> p.contains(r.journey().events().get(EventType.STAGE_1_RESPONSE_SENT))).toList();
                    counts.add((int) answered.stream().filter(counted).count());
                    counts.add(answered.size());
                }
                rows.add(new ReportTable.Row(label, counts));
            }
            return new ReportTable(title, rateColumns(), rows, ReportTable.Kind.RATES);
        }

        /** How many of each period's {@code records} have each label (several may), and how many have none. */
        private ReportTable labelled(String title, List<String> labels, Function<ReportingPeriod, List<CaseRecord>> inPeriod,
                                     Function<CaseRecord, Set<String>> of) {
            List<ReportTable.Row> rows = new ArrayList<>();
            List<String> all = new ArrayList<>(labels);
            all.add(NOT_CLASSIFIED);
            for (String label : all) {
                rows.add(new ReportTable.Row(label, periods.stream().map(p -> (int) inPeriod.apply(p).stream()
                        .filter(r -> label.equals(NOT_CLASSIFIED) ? of.apply(r).isEmpty() : of.apply(r).contains(label)).count())
                        .toList()));
            }
            return new ReportTable(title, columns(), rows);
        }

        /** The day of the complaint's last response: the final response, else stage 2's, else stage 1's. */
        private static Optional<LocalDate> lastResponse(CaseRecord r) {
            Map<EventType, LocalDate> events = r.journey().events();
            return java.util.stream.Stream.of(EventType.FINAL_RESPONSE_SENT, EventType.STAGE_2_RESPONSE_SENT,
                    EventType.STAGE_1_RESPONSE_SENT).map(events::get).filter(Objects::nonNull).findFirst();
        }

        /**
         * Escalation in each period: stage 2 requests made in it out of stage 1 responses sent in
         * it; stage 3 requests out of stage 2 responses; referrals to the Ombudsman out of final
         * responses. Each base is in the row's label, since councils' bases differ.
         */
        ReportTable escalation() {
            List<ReportTable.Row> rows = new ArrayList<>();
            rows.add(rate("Stage 2 requests, out of stage 1 responses sent", EventType.STAGE_2_REQUESTED,
                    EventType.STAGE_1_RESPONSE_SENT));
            rows.add(rate("Stage 3 requests, out of stage 2 responses sent", EventType.STAGE_3_REQUESTED,
                    EventType.STAGE_2_RESPONSE_SENT));
            rows.add(rate("Referrals to the Ombudsman, out of final responses sent", EventType.REFERRED_TO_OMBUDSMAN,
                    EventType.FINAL_RESPONSE_SENT));
            return new ReportTable(ESCALATION, rateColumns(), rows, ReportTable.Kind.RATES);
        }

        private ReportTable.Row rate(String label, EventType counted, EventType base) {
            List<Integer> counts = new ArrayList<>();
            for (ReportingPeriod p : periods) {
                counts.add((int) valid().stream().filter(r -> p.contains(r.journey().events().get(counted))).count());
                counts.add((int) valid().stream().filter(r -> p.contains(r.journey().events().get(base))).count());
            }
            return new ReportTable.Row(label, counts);
        }

        private List<String> rateColumns() {
            List<String> columns = new ArrayList<>();
            periods.forEach(p -> {
                columns.add(p.label());
                columns.add(p.label() + " " + OUT_OF);
            });
            return columns;
        }

        /**
         * The stage 1 complaints received in each period, by {@code value}: a row for every value,
         * even one no complaint had in any period shown, then "Not recorded" where any record lacks it.
         */
        <E extends Enum<E>> ReportTable breakdown(String title, E[] values, Function<CaseRecord, Optional<E>> value) {
            return breakdown(title, values, value, NOT_RECORDED);
        }

        /** The same, a record without a value counted under {@code absent}. */
        <E extends Enum<E>> ReportTable breakdown(String title, E[] values, Function<CaseRecord, Optional<E>> value, String absent) {
            List<String> order = java.util.Arrays.stream(values).map(e -> words(e.name())).toList();
            return table(title, order, p -> valid().stream().filter(r -> p.contains(r.journey().received()))
                    .map(r -> value.apply(r).map(e -> words(e.name())).orElse(absent)).toList());
        }
    }
}
