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
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EarlierAttempt;
import org.cscrules.core.process.EventType;
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
import org.cscrules.core.timescale.Suspension;
import org.jspecify.annotations.Nullable;

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
    static final String ON_TIME = "On time";
    static final String ESCALATION = "Escalation";
    /** The heading of a period's base in a table of rates. */
    static final String OUT_OF = "out of";
    private static final String NOT_RECORDED = "Not recorded";
    static final String SUSPENDED_AT_END = "Suspended at the period's end";
    static final String OUTSTANDING_AT_END = "Outstanding at the period's end";
    private static final String ESCALATED = "Escalated before a response";
    static final String LATE = "Late";
    static final String START_NOT_RECORDED = "Start not recorded";
    static final String NOT_SENT = "Not yet sent";
    static final String OTHER_ACTIVITY = "Other activity in the period";
    static final String PAYMENTS = "Payments of compensation";
    static final String COMPENSATION = "Compensation paid (£)";
    /** How every hidden count is shown. */
    static final String HIDDEN = "*";
    private static final String NOT_CLASSIFIED = "Not classified";
    private static final String NO_REPRESENTATIVE = "No representative";
    static final String MEDIANS = "Median working days to respond";
    static final String OVERDUE = "Responses overdue at the period's end";
    static final String STAGE_1_ON_TIME = "Stage 1 responses on time";
    static final String STAGE_1_TIMES = "Stage 1 response times";
    /** The title of the council's table of stage 1 responses on time by service area. */
    static final String BY_AREA = "by the council's service area";
    static final String ON_TIME_BY_AREA = "Stage 1 responses on time, " + BY_AREA;
    static final String ACTIVITY = "Complaints and requests in the period";
    static final String RECEIVED = "Stage 1 complaints received";
    static final String STAGE_2_MADE = "Stage 2 requests made";
    static final String STAGE_3_MADE = "Stage 3 requests made";
    static final String REFERRED = "Referred to the Ombudsman";
    static final String STAGE_2_REOPENINGS = "Stage 2 investigations re-opened";
    static final String STAGE_3_REOPENINGS = "Review panels re-opened";
    /** The conclusion of an earlier attempt at a stage that was re-opened before it had another. */
    private static final String REOPENED_ROW = "Re-opened before a conclusion";
    /** The conclusion of an earlier attempt at a stage that was answered, then re-opened: its finding is the fresh attempt's to record. */
    private static final String REANSWERED_ROW = "Answered, then re-opened";
    static final String ESCALATION_TO_2 = "Stage 2 requests, out of stage 1 responses sent";
    private static final String ESCALATION_TO_3 = "Stage 3 requests, out of stage 2 responses sent";
    private static final String ESCALATION_TO_OMBUDSMAN = "Referrals to the Ombudsman, out of final responses sent";
    static final String UPHELD_ROW = "Upheld";
    static final String PARTLY_UPHELD_ROW = "Partially upheld";
    /** The rows of a stage's outcomes that are its findings: each a response sent. */
    static final List<String> FINDING_ROWS = List.of(UPHELD_ROW, PARTLY_UPHELD_ROW, "Not upheld", "Not recorded",
            REANSWERED_ROW);
    /** The title of the council's table of stage 1 responses upheld by service area. */
    static final String UPHELD_BY_AREA = "Stage 1 responses upheld or partly upheld, " + BY_AREA;
    /** The activity's row of panels held, and the title of their timeliness table. */
    static final String PANELS_HELD = "Review panels held";
    static final String REPRESENTATIONS = "Representations received";
    static final String STAGE_1_OUTCOMES = "Stage 1 outcomes";
    private static final String STAGE_2_OUTCOMES = "Stage 2 outcomes";
    private static final String STAGE_3_OUTCOMES = "Stage 3 outcomes";
    /** Each stage's outcomes, and the escalation row whose base is its responses sent. */
    static final Map<String, String> FINDINGS_SENT = Map.of(STAGE_1_OUTCOMES, ESCALATION_TO_2, STAGE_2_OUTCOMES, ESCALATION_TO_3,
            STAGE_3_OUTCOMES, ESCALATION_TO_OMBUDSMAN);
    /** Each stage's outcomes, and the rows of the activity that count the complaints entering the stage. */
    static final Map<String, List<String>> OUTCOMES_ENTERED = Map.of(STAGE_1_OUTCOMES, List.of(RECEIVED),
            STAGE_2_OUTCOMES, List.of(STAGE_2_MADE, STAGE_2_REOPENINGS), STAGE_3_OUTCOMES, List.of(STAGE_3_MADE, STAGE_3_REOPENINGS));
    static final String VALID = "Valid complaints";
    /** Each row of the escalation table: what it counts (a row of the activity), and the response-time table of its base. */
    static final Map<String, List<String>> ESCALATION_ROWS = Map.of(
            ESCALATION_TO_2, List.of(STAGE_2_MADE, STAGE_1_TIMES),
            ESCALATION_TO_3, List.of(STAGE_3_MADE, "Stage 2 response times"),
            ESCALATION_TO_OMBUDSMAN, List.of(REFERRED, "Final responses (reg. 20)"));
    /** Each row of the on-time table, and the response-time table it is drawn from. */
    static final Map<String, String> ON_TIME_SOURCES = orderedMap(
            STAGE_1_ON_TIME, STAGE_1_TIMES,
            "Stage 2 responses on time", "Stage 2 response times",
            "Review panels on time", PANELS_HELD,
            "Panel reports on time", "Panel reports (reg. 20)",
            "Final responses on time", "Final responses (reg. 20)");

    private final ReportingPeriod period;
    private final ReportSettings settings;
    private final List<ReportTable> tables;
    /** How many responses each median of the report was taken of: a median of too few is hidden. */
    private final ReportTable medianSizes;
    /** What the report was made from, for a service area's report, made only when asked for. */
    private final List<CaseRecord> records;
    private final LocalPolicy policy;
    private final OtherActivity other;
    /** The council's report this is one service area's part of; null for the council's own. */
    private final @Nullable AnnualReport council;
    /** The service area this report is of; null for the council's own. */
    private final @Nullable String area;
    /** The council's report's service areas' reports, made when first asked for. */
    private final Map<String, AnnualReport> areas = new java.util.concurrent.ConcurrentHashMap<>();
    /** For the council's report, by threshold: the hidden cells of it and its service areas' reports, by area ("" for its own) and table. */
    private final Map<Integer, Map<String, Map<String, Set<Cell>>>> hiddenByThreshold = new java.util.concurrent.ConcurrentHashMap<>();

    private AnnualReport(ReportingPeriod period, ReportSettings settings, List<ReportTable> tables, ReportTable medianSizes,
                         List<CaseRecord> records, LocalPolicy policy, OtherActivity other, @Nullable AnnualReport council,
                         @Nullable String area) {
        this.period = period;
        this.settings = settings;
        this.tables = List.copyOf(tables);
        this.medianSizes = medianSizes;
        this.records = records;
        this.policy = policy;
        this.other = other;
        this.council = council;
        this.area = area;
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
        return build(period, List.copyOf(records), policy, settings, other, null, null);
    }

    /** The report of {@code all}: the council's, or one service area's part of {@code council}'s. */
    private static AnnualReport build(ReportingPeriod period, List<CaseRecord> all, LocalPolicy policy, ReportSettings settings,
                                      OtherActivity other, @Nullable AnnualReport council, @Nullable String area) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int years = settings.earlierYears(); years >= 0; years--) {
            periods.add(period.yearsEarlier(years));
        }
        List<CaseRecord> valid = all.stream().filter(r -> r.disposal() == Disposal.VALID_COMPLAINT).toList();
        Map<CaseRecord, LocalDate> reopenedOn = new java.util.IdentityHashMap<>();
        List<CaseRecord> runs = new ArrayList<>(valid);
        for (CaseRecord record : valid) {
            for (EarlierAttempt attempt : record.journey().earlierAttempts()) {
                CaseRecord run = earlierRun(record, attempt);
                reopenedOn.put(run, attempt.reopened());
                runs.add(run);
            }
        }
        Counter counter = new Counter(periods, policy, all, valid, List.copyOf(runs), reopenedOn, settings.timelinessYear(),
                new HashMap<>());
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counter.representations());
        tables.add(counter.activity());
        for (ReportStage stage : ReportStage.values()) {
            tables.add(counter.outcomes(stage));
        }
        List<ReportTable> times = counter.times();
        tables.addAll(times);
        tables.add(counter.medians(false));
        tables.add(counter.onTime(times));
        tables.add(counter.overdue());
        tables.add(counter.escalation());
        tables.add(counter.breakdown("Stage 1 complaints received by complainant", ComplainantRole.values(),
                r -> Optional.of(r.request().complainantRole())));
        tables.add(counter.breakdown("Stage 1 complaints received through a representative", RepresentativeKind.values(),
                r -> Optional.ofNullable(r.request().representation()).flatMap(AnnualReport::representative), NO_REPRESENTATIVE));
        tables.addAll(counter.equality());
        tables.add(counter.stage2ByComplainant());
        tables.add(counter.stage2ThroughARepresentative());
        tables.add(counter.breakdown("Stage 1 complaints received by service area", ServiceArea.values(),
                r -> reporting(r).map(Reporting::serviceArea)));
        tables.add(counter.breakdown("Stage 1 complaints received by subject", LocalAuthorityFunction.values(),
                r -> Optional.of(r.request().subject().function())));
        tables.add(counter.breakdown("Stage 1 complaints received by method of receipt", ReceiptMethod.values(),
                r -> reporting(r).map(Reporting::receiptMethod)));
        tables.add(counter.breakdown("Stage 1 complaints received by point of receipt", PointOfReceipt.values(),
                r -> reporting(r).map(Reporting::pointOfReceipt)));
        if (!other.isEmpty() || council != null && !council.other.isEmpty()) {
            tables.addAll(counter.other(other, settings.taxonomy(), area == null));
        }
        if (!settings.taxonomy().isEmpty()) {
            tables.addAll(counter.council(settings.taxonomy()));
        }
        return new AnnualReport(period, settings, tables, counter.medians(true), all, policy, other, council, area);
    }

    /**
     * The same report for one of the council's service areas alone: every table, for the complaints
     * the council classified in that area (councils publish outcomes, timeliness and escalation by
     * service area), with the area's compliments and the Ombudsman's decisions about it. Made when
     * first asked for, not with the report. Its small counts are hidden together with the council's
     * report's and every other area's, so that none can be worked out from the difference.
     *
     * @param area one of the taxonomy's service areas; not null
     * @return the area's report; never null
     * @throws IllegalArgumentException if the settings' taxonomy has no such area
     */
    public AnnualReport forServiceArea(String area) {
        if (council != null) {
            return council.forServiceArea(area);
        }
        if (!settings.taxonomy().serviceAreas().contains(area)) {
            throw new IllegalArgumentException("The council's taxonomy has no such service area");
        }
        return areas.computeIfAbsent(area, a -> build(period,
                records.stream().filter(r -> r.council() != null && a.equals(r.council().serviceArea())).toList(), policy,
                settings.withTaxonomy(new CouncilTaxonomy(List.of(a), settings.taxonomy().themes(), settings.taxonomy().learning())),
                other.ofServiceArea(a), this, a));
    }

    /**
     * The service area this report is of.
     *
     * @return the area; empty for the council's own report
     */
    public Optional<String> serviceArea() {
        return Optional.ofNullable(area);
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
     * @param title a table's title, as {@link ReportTable#title()} gives it; not null
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
     * @param suppressBelow counts from 1 to one below this, and the others {@link #hidden} names, are
     *     shown as "*" for publication ({@link #PUBLICATION_THRESHOLD} is usual); 0 shows every count
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
            out.append(" Counts below ").append(suppressBelow).append(", and as many others as it takes that none can be worked")
                    .append(" out from the rest (from a total, another table, another year or a service area's report), are")
                    .append(" shown as *, as is a median of fewer than ").append(suppressBelow).append(" responses.");
        }
        out.append('\n');
        for (ReportTable table : tables) {
            Set<Cell> hidden = hidden(table, suppressBelow);
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
                        out.append(' ').append(value == null ? "–" : hidden.contains(new Cell(row.label(), p)) ? HIDDEN
                                : value.toString()).append(" |");
                    } else {
                        int count = row.counts().get(p);
                        boolean hide = hidden.contains(new Cell(row.label(), p));
                        out.append(' ').append(hide ? HIDDEN : count).append(" |");
                        if (totalled) {
                            // no share of a hidden total: the percentage would give the total away
                            int total = table.row(TOTAL).counts().get(p);
                            boolean totalHidden = hidden.contains(new Cell(TOTAL, p));
                            out.append(' ').append(total == 0 || hide || totalHidden ? "" : settings.percent(count, total) + "%").append(" |");
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
            if (base == 0 || hidden.contains(new Cell(row.label(), count)) || hidden.contains(new Cell(row.label(), count + 1))) {
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
            Set<Cell> hidden = hidden(table, suppressBelow);
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
     * The cells of {@code table} hidden for publication at {@code suppressBelow}: every count from 1
     * to one below it, and as many others as it takes that none can be worked out from the counts
     * shown, through every relation a reader knows between them. Those relations are a table's
     * total, the same total in several tables (the complaints received by each breakdown), the
     * on-time rates and the response times they are drawn from, the escalation rates and the
     * activity, each stage's complaints open at one year's end and counted again the next, and the
     * council's report and its service areas' reports (each area's small counts are hidden with the
     * council's, whichever is printed). A median of fewer than {@code suppressBelow} responses is
     * hidden, and a payment's amount with its count. Computed once per threshold for the council's
     * report and its service areas together.
     *
     * @param table one of this report's tables; not null
     * @param suppressBelow the threshold ({@link #PUBLICATION_THRESHOLD} is usual); 1 or less hides nothing
     * @return the hidden cells; never null, unmodifiable
     * @throws IllegalArgumentException if the table is not one of this report's
     */
    public Set<Cell> hidden(ReportTable table, int suppressBelow) {
        if (table == null || !tables.contains(table)) {
            throw new IllegalArgumentException("The table must be one of this report's");
        }
        if (suppressBelow <= 1) {
            return Set.of();
        }
        AnnualReport family = council == null ? this : council;
        Map<String, Map<String, Set<Cell>>> plan = family.hiddenByThreshold.computeIfAbsent(suppressBelow, family::hideInFamily);
        return plan.get(area == null ? "" : area).getOrDefault(table.title(), Set.of());
    }

    /** The hidden cells of this, the council's report, and of each of its service areas' reports. */
    private Map<String, Map<String, Set<Cell>>> hideInFamily(int suppressBelow) {
        Map<String, AnnualReport> family = new LinkedHashMap<>();
        family.put("", this);
        settings.taxonomy().serviceAreas().forEach(a -> family.put(a, forServiceArea(a)));
        Disclosure disclosure = new Disclosure(family, settings.timelinessYear());
        Map<String, Map<String, Set<Cell>>> hidden = disclosure.hidden(suppressBelow);
        family.forEach((key, report) -> {
            Map<String, Set<Cell>> byTable = hidden.computeIfAbsent(key, k -> new HashMap<>());
            Set<Cell> payments = byTable.getOrDefault(OTHER_ACTIVITY, Set.of());
            for (Cell cell : Set.copyOf(payments)) {
                if (cell.row().equals(PAYMENTS)) {
                    // a single payment's amount is one person's award
                    byTable.computeIfAbsent(OTHER_ACTIVITY, t -> new HashSet<>()).add(new Cell(COMPENSATION, cell.column()));
                }
            }
            Set<Cell> medians = new HashSet<>();
            for (ReportTable.Row row : report.medianSizes.rows()) {
                for (int p = 0; p < row.counts().size(); p++) {
                    if (row.counts().get(p) > 0 && row.counts().get(p) < suppressBelow) {
                        medians.add(new Cell(row.label(), p));
                    }
                }
            }
            byTable.put(report.medianSizes.title(), medians);
            byTable.replaceAll((title, cells) -> Set.copyOf(cells));
        });
        return hidden;
    }

    /** The roles of the rows the report's counters label specially; every other row is a part. */
    private static final Map<String, ReportTable.Row.Role> ROLES = Map.of(TOTAL, ReportTable.Row.Role.TOTAL,
            LATE, ReportTable.Row.Role.LATE, START_NOT_RECORDED, ReportTable.Row.Role.START_NOT_RECORDED,
            NOT_SENT, ReportTable.Row.Role.NOT_YET_SENT, COMPENSATION, ReportTable.Row.Role.AMOUNT);

    /** A row of the report, its role given once here from the label its counter chose. */
    static ReportTable.Row row(String label, List<Integer> counts) {
        return new ReportTable.Row(label, counts, ROLES.getOrDefault(label, ReportTable.Row.Role.PART));
    }

    private static boolean totalled(ReportTable table) {
        return !table.rates() && table.rows().get(table.rows().size() - 1).role() == ReportTable.Row.Role.TOTAL;
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
            case VALID_COMPLAINT -> VALID;
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
        STAGE_1(STAGE_1_OUTCOMES, null, EventType.STAGE_1_RESPONSE_SENT, Reporting::stage1Finding),
        STAGE_2(STAGE_2_OUTCOMES, EventType.STAGE_2_REQUESTED, EventType.STAGE_2_RESPONSE_SENT, Reporting::stage2Finding),
        STAGE_3(STAGE_3_OUTCOMES, EventType.STAGE_3_REQUESTED, EventType.FINAL_RESPONSE_SENT, Reporting::stage3Finding);

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

    /**
     * A stage 2 investigation or review panel superseded by a fresh one, as a record of its own: the
     * earlier attempt's events, extensions and deliveries, on the complaint's receipt, basis and
     * suspensions. It counts only at the stage re-opened and after, in the years its events happened;
     * its answer is counted as "Answered, then re-opened" (the record's findings are the fresh attempt's).
     */
    private static CaseRecord earlierRun(CaseRecord record, EarlierAttempt attempt) {
        ComplaintState live = record.journey();
        ComplaintState state = new ComplaintState(attempt.stage(), live.received(), live.stage1ClockStart(), attempt.events(),
                attempt.extensions(), attempt.deliveries(), live.basis(), live.suspensions(), List.of());
        Reporting reporting = record.request().reporting();
        return new CaseRecord(reporting == null ? record.request() : record.request().withReporting(new Reporting(
                reporting.receiptMethod(), reporting.pointOfReceipt(), reporting.serviceArea(), reporting.stage1Finding(), null, null)),
                Disposal.VALID_COMPLAINT, state, record.council());
    }

    /**
     * Counts records into rows, a column per period. Not thread-safe: one report's work.
     *
     * @param valid the valid complaints, as recorded now
     * @param runs the valid complaints, then each earlier attempt at a stage re-opened as a record of its own
     * @param reopenedOn each earlier attempt's record, and the day its stage was re-opened
     */
    private record Counter(List<ReportingPeriod> periods, LocalPolicy policy, List<CaseRecord> records, List<CaseRecord> valid,
                           List<CaseRecord> runs, Map<CaseRecord, LocalDate> reopenedOn,
                           ReportSettings.TimelinessYear timelinessYear,
                           Map<LocalPolicy, Deadlines> bases) {

        /**
         * The requests of type {@code requested} made in {@code period}, one for each: a record's own,
         * and each earlier attempt's; a re-opening is not a request.
         */
        private List<CaseRecord> made(EventType requested, ReportingPeriod period) {
            EventType reopening = requested == EventType.STAGE_2_REQUESTED ? EventType.STAGE_2_REOPENED : EventType.STAGE_3_REOPENED;
            return runs.stream().filter(r -> {
                LocalDate day = r.journey().events().get(requested);
                return period.contains(day) && !day.equals(r.journey().events().get(reopening));
            }).toList();
        }

        /** The runs (complaints and earlier attempts) with {@code type} in {@code period}. */
        private List<CaseRecord> happened(EventType type, ReportingPeriod period) {
            return type == EventType.STAGE_2_REQUESTED || type == EventType.STAGE_3_REQUESTED ? made(type, period)
                    : runs.stream().filter(r -> period.contains(r.journey().events().get(type))).toList();
        }

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
            counts.forEach((row, byPeriod) -> rows.add(row(row, java.util.Arrays.stream(byPeriod).boxed().toList())));
            rows.add(row(TOTAL, java.util.Arrays.stream(totals).boxed().toList()));
            return new ReportTable(title, columns(), rows);
        }

        /** Representations received in each period, by what became of them. */
        ReportTable representations() {
            List<String> order = java.util.Arrays.stream(Disposal.values()).map(AnnualReport::label).toList();
            return table(REPRESENTATIONS, order, p -> records.stream()
                    .filter(r -> p.contains(r.request().dates().received())).map(r -> label(r.disposal())).toList());
        }

        /** What happened in each period, whatever year each complaint was received. */
        ReportTable activity() {
            Map<String, EventType> rows = new LinkedHashMap<>();
            rows.put(STAGE_2_MADE, EventType.STAGE_2_REQUESTED);
            rows.put(STAGE_3_MADE, EventType.STAGE_3_REQUESTED);
            rows.put(PANELS_HELD, EventType.PANEL_HELD);
            rows.put(REFERRED, EventType.REFERRED_TO_OMBUDSMAN);
            rows.put(STAGE_2_REOPENINGS, EventType.STAGE_2_REOPENED);
            rows.put(STAGE_3_REOPENINGS, EventType.STAGE_3_REOPENED);
            List<ReportTable.Row> out = new ArrayList<>();
            out.add(row(RECEIVED, periods.stream()
                    .map(p -> (int) valid().stream().filter(r -> p.contains(r.journey().received())).count()).toList()));
            rows.forEach((label, type) -> out.add(row(label, periods.stream()
                    .map(p -> happened(type, p).size()).toList())));
            out.add(row("Complaints suspended (reg. 8)", periods.stream()
                    .map(p -> (int) valid().stream().filter(r -> r.journey().suspensions().stream()
                            .anyMatch(suspension -> p.contains(suspension.suspended()))).count()).toList()));
            out.add(row("Working days suspended", periods.stream()
                    .map(p -> valid().stream().mapToInt(r -> suspendedWorkingDays(r.journey(), p)).sum()).toList()));
            return new ReportTable(ACTIVITY, columns(), out);
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
            if (stage != ReportStage.STAGE_1) {
                order.addAll(order.size() - 2, List.of(REANSWERED_ROW, REOPENED_ROW));
            }
            return table(stage.title, order, p -> runs().stream().filter(r -> stage != ReportStage.STAGE_1 || !reopenedOn.containsKey(r))
                    .map(r -> outcome(r, stage, p)).flatMap(Optional::stream).toList());
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
        private Optional<Conclusion> conclusion(CaseRecord record, ReportStage stage) {
            Optional<Conclusion> ended = ownConclusion(record, stage);
            LocalDate reopened = reopenedOn.get(record);
            if (reopened == null) {
                return ended;
            }
            return ended.filter(c -> !c.day().isAfter(reopened))
                    .map(c -> c.answered() ? new Conclusion(c.day(), REANSWERED_ROW, true) : c)
                    .or(() -> Optional.of(new Conclusion(reopened, REOPENED_ROW, false)));
        }

        /** The same, but for an earlier attempt without the re-opening that ended it. */
        private static Optional<Conclusion> ownConclusion(CaseRecord record, ReportStage stage) {
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
            return clocks().stream().map(c -> timeliness(c.title(), c.done(), c.extension(), c.within(), c.extended(), c.deadlines()))
                    .toList();
        }

        /**
         * A time limit the report measures: its table, the event that meets it, the extension event
         * (null if it cannot be extended), its rows' labels, the stage it belongs to and its
         * deadlines (the ordinary one, then the extended one) for a record.
         */
        private record Clock(String title, String overdueRow, EventType done, @Nullable EventType extension, String within, String extended,
                             ReportStage stage, Function<CaseRecord, List<Deadline>> deadlines) {
        }

        /** Stage 1 and 2, the review panel (reg. 19(4)), the panel's report and the final response (reg. 20). */
        private List<Clock> clocks() {
            int cap = policy.stage1ExtensionMaximumWorkingDays();
            return List.of(
                    new Clock(STAGE_1_TIMES, "Stage 1 responses", EventType.STAGE_1_RESPONSE_SENT, EventType.STAGE_1_EXTENDED,
                            "Within " + Timescale.T2_STAGE_1_RESPONSE.length() + " working days",
                            "Within an extension granted (at most " + cap + " working days)", ReportStage.STAGE_1, this::stage1Deadlines),
                    new Clock("Stage 2 response times", "Stage 2 responses", EventType.STAGE_2_RESPONSE_SENT, EventType.STAGE_2_EXTENDED,
                            "Within " + Timescale.T6_STAGE_2_RESPONSE.length() + " working days",
                            "Within an extension granted (at most " + Timescale.T6_STAGE_2_RESPONSE.extendedMaximum() + " working days)",
                            ReportStage.STAGE_2, r -> {
                                Deadlines d = deadlines(r.journey());
                                LocalDate requested = r.journey().events().get(EventType.STAGE_2_REQUESTED);
                                LocalDate start = r.journey().stage2ClockStart().orElse(requested);
                                return List.of(d.due(Timescale.T6_STAGE_2_RESPONSE, start), asGranted(r, Timescale.T6_STAGE_2_RESPONSE,
                                        start, d.stage2MaximumFromRequest(requested)
                                                .orElse(d.latestIfExtended(Timescale.T6_STAGE_2_RESPONSE, start))));
                            }),
                    new Clock(PANELS_HELD, "Review panels", EventType.PANEL_HELD, null,
                            "Within " + Timescale.T9_REVIEW_PANEL.length() + " working days of the request", null, ReportStage.STAGE_3,
                            r -> List.of(deadlines(r.journey()).due(Timescale.T9_REVIEW_PANEL,
                                    r.journey().events().get(EventType.STAGE_3_REQUESTED)))),
                    new Clock("Panel reports (reg. 20)", "Panel reports", EventType.PANEL_REPORT_RECEIVED, null,
                            "Within " + Timescale.T10_PANEL_REPORT.length() + " working days of the panel", null, ReportStage.STAGE_3,
                            r -> List.of(deadlines(r.journey()).due(Timescale.T10_PANEL_REPORT,
                                    r.journey().events().get(EventType.PANEL_HELD)))),
                    new Clock("Final responses (reg. 20)", "Final responses", EventType.FINAL_RESPONSE_SENT, null,
                            "Within " + Timescale.T11_FINAL_RESPONSE.length() + " working days of the report", null, ReportStage.STAGE_3,
                            r -> List.of(deadlines(r.journey()).due(Timescale.T11_FINAL_RESPONSE,
                                    r.journey().events().get(EventType.PANEL_REPORT_RECEIVED)))));
        }

        /**
         * The responses overdue at each period's end: the clock started by then, the response not
         * sent, the stage not ended otherwise, the complaint not suspended, and the deadline (moved on
         * by suspensions ended by then; the extension's, if one was recorded by then) already past.
         * A stock at the period's end, beside the response times' flow.
         */
        ReportTable overdue() {
            List<ReportTable.Row> rows = new ArrayList<>();
            for (Clock clock : clocks()) {
                rows.add(row(clock.overdueRow(), periods.stream()
                        .map(p -> (int) runs().stream().filter(r -> clock.stage() != ReportStage.STAGE_1 || !reopenedOn.containsKey(r))
                                .filter(r -> overdueAt(r, clock, p.to())).count()).toList()));
            }
            return new ReportTable(OVERDUE, columns(), rows);
        }

        private boolean overdueAt(CaseRecord r, Clock clock, LocalDate end) {
            ComplaintState state = r.journey();
            LocalDate done = state.events().get(clock.done());
            if (done != null && !done.isAfter(end) || suspendedAt(state, end)
                    || conclusion(r, clock.stage()).filter(c -> !c.day().isAfter(end)).isPresent()) {
                return false;
            }
            List<Deadline> due;
            try {
                due = clock.deadlines().apply(r);
            } catch (IllegalArgumentException notStarted) {
                return false;
            }
            if (due.get(0).trigger().isAfter(end)) {
                return false;
            }
            LocalDate extendedOn = clock.extension() == null ? null : state.events().get(clock.extension());
            Deadline deadline = extendedOn != null && !extendedOn.isAfter(end) ? due.get(1) : due.get(0);
            List<Suspension> ended = state.suspensions().stream().filter(s -> s.resumed() != null && !s.resumed().isAfter(end)).toList();
            return deadlines(state).paused(deadline, ended).due().isBefore(end);
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
                return table(title, order, p -> runs().stream().filter(r -> dueIn(r, p, deadlinesOf))
                        .filter(r -> r.journey().events().get(done) != null || !endedOtherwiseInTime(r, done, deadlinesOf)).map(r -> {
                    LocalDate sent = r.journey().events().get(done);
                    // judged as now known: a response sent after the year's end was late in the year it was due
                    return sent == null ? NOT_SENT : timeliness(r, done, extension, within, extended, deadlinesOf);
                }).toList());
            }
            List<String> order = extended == null ? List.of(within, LATE) : List.of(within, extended, LATE);
            return table(title, order, p -> runs().stream().filter(r -> p.contains(r.journey().events().get(done)))
                    .map(r -> timeliness(r, done, extension, within, extended, deadlinesOf)).toList());
        }

        /**
         * Whether the stage of the response {@code done} ended without it (declined, resolved,
         * withdrawn, referred to the Ombudsman, escalated, re-opened) by the day it was due: no
         * response was then owed. A stage that ended only after its response was due still owed it.
         */
        private boolean endedOtherwiseInTime(CaseRecord r, EventType done, Function<CaseRecord, List<Deadline>> deadlinesOf) {
            ReportStage stage = done == EventType.STAGE_1_RESPONSE_SENT ? ReportStage.STAGE_1
                    : done == EventType.STAGE_2_RESPONSE_SENT ? ReportStage.STAGE_2 : ReportStage.STAGE_3;
            LocalDate due = deadlines(r.journey()).paused(deadlinesOf.apply(r).get(0), r.journey().suspensions()).due();
            return conclusion(r, stage).filter(c -> !c.answered() && !c.day().isAfter(due)).isPresent();
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
            return List.of(d.due(Timescale.T2_STAGE_1_RESPONSE, start),
                    asGranted(r, Timescale.T2_STAGE_1_RESPONSE, start, d.latestIfExtended(Timescale.T2_STAGE_1_RESPONSE, start)));
        }

        /**
         * The extended deadline a response is judged against: the length of the extension granted
         * (reg. 14, reg. 17), never past {@code latest}, the most the law allows; {@code latest} itself
         * where the record has the extension's event but not its length.
         */
        private Deadline asGranted(CaseRecord r, Timescale timescale, LocalDate start, Deadline latest) {
            java.util.OptionalInt granted = r.journey().extendedLength(timescale);
            if (granted.isEmpty()) {
                return latest;
            }
            Deadline extended = deadlines(r.journey()).extended(timescale, start, granted.getAsInt());
            return extended.due().isBefore(latest.due()) ? extended : latest;
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
                    int onTime = sum(table, ReportTable.Row.Role.PART, column);
                    int unknown = sum(table, ReportTable.Row.Role.START_NOT_RECORDED, column);
                    counts.add(onTime);
                    counts.add(sum(table, ReportTable.Row.Role.TOTAL, column) - unknown);
                }
                rows.add(row(label, counts));
            });
            return new ReportTable(ON_TIME, rateColumns(), rows, ReportTable.Kind.RATES);
        }

        /** The sum, in {@code column}, of the rows of {@code table} with {@code role}. */
        private static int sum(ReportTable table, ReportTable.Row.Role role, int column) {
            return table.rows().stream().filter(r -> r.role() == role).mapToInt(r -> r.counts().get(column)).sum();
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
            tables.add(table("Stage 2 requests made by the council's service area", areas,
                    p -> made(EventType.STAGE_2_REQUESTED, p).stream().map(area).toList()));
            tables.add(table("Stage 3 requests made by the council's service area", areas,
                    p -> made(EventType.STAGE_3_REQUESTED, p).stream().map(area).toList()));
            tables.add(byArea(ON_TIME_BY_AREA, areas, area, this::stage1OnTime));
            tables.add(byArea(UPHELD_BY_AREA, areas, area,
                    r -> reporting(r).map(Reporting::stage1Finding)
                            .filter(f -> f == Finding.UPHELD || f == Finding.PARTIALLY_UPHELD).isPresent()));
            tables.add(labelled("Themes of the stage 1 complaints received", taxonomy.themes(),
                    p -> valid().stream().filter(r -> p.contains(r.journey().received())).toList(),
                    r -> Optional.ofNullable(r.council()).map(CouncilClassification::themes).orElse(Set.of())));
            tables.add(labelled("Themes of the stage 2 requests made", taxonomy.themes(), p -> made(EventType.STAGE_2_REQUESTED, p),
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
            stages.put(RECEIVED, null);
            stages.put(STAGE_2_MADE, EventType.STAGE_2_REQUESTED);
            stages.forEach((what, event) -> {
                Function<ReportingPeriod, List<CaseRecord>> inPeriod = p -> event == null
                        ? valid().stream().filter(r -> p.contains(r.journey().received())).toList() : made(event, p);
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

        /** The stage 2 requests made in each period, by who made them for the complainant, if anyone. */
        ReportTable stage2ThroughARepresentative() {
            List<String> order = java.util.Arrays.stream(RepresentativeKind.values()).map(e -> words(e.name())).toList();
            return table("Stage 2 requests made through a representative", order, p -> made(EventType.STAGE_2_REQUESTED, p).stream()
                    .map(r -> Optional.ofNullable(r.request().representation()).flatMap(AnnualReport::representative)
                            .map(kind -> words(kind.name())).orElse(NO_REPRESENTATIVE)).toList());
        }

        /** The stage 2 requests made in each period, by who made the complaint (councils' "origin" of stage 2 complaints). */
        ReportTable stage2ByComplainant() {
            List<String> order = java.util.Arrays.stream(ComplainantRole.values()).map(e -> words(e.name())).toList();
            return table("Stage 2 requests made by complainant", order, p -> made(EventType.STAGE_2_REQUESTED, p).stream()
                    .map(r -> words(r.request().complainantRole().name())).toList());
        }

        /**
         * What the council publishes beside its complaints, each in the period it happened:
         * compliments by service area, MP and councillor enquiries, the Ombudsman's decisions and the
         * remedies agreed, compensation paid. A service area's report has only the compliments and
         * the Ombudsman's decisions, which are recorded by area.
         *
         * @param whole true for the council's report, false for a service area's
         * @throws IllegalArgumentException if a compliment's or a decision's service area is not the taxonomy's
         */
        List<ReportTable> other(OtherActivity other, CouncilTaxonomy taxonomy, boolean whole) {
            if (java.util.stream.Stream.concat(other.compliments().stream().map(OtherActivity.Compliment::serviceArea),
                    other.ombudsmanDecisions().stream().map(OtherActivity.OmbudsmanDecision::serviceArea))
                    .anyMatch(a -> a != null && !taxonomy.serviceAreas().contains(a))) {
                throw new IllegalArgumentException("A compliment or an Ombudsman decision is classified in a service area the "
                        + "council's taxonomy does not have");
            }
            List<String> areas = new ArrayList<>(taxonomy.serviceAreas());
            areas.add(NOT_CLASSIFIED);
            List<ReportTable> tables = new ArrayList<>();
            tables.add(table("Compliments received", areas, p -> other.compliments().stream().filter(c -> p.contains(c.received()))
                    .map(c -> c.serviceArea() == null ? NOT_CLASSIFIED : c.serviceArea()).toList()));
            tables.add(table("Ombudsman decisions", java.util.Arrays.stream(OtherActivity.Decision.values())
                    .map(d -> words(d.name())).toList(), p -> other.ombudsmanDecisions().stream()
                    .filter(d -> p.contains(d.decided())).map(d -> words(d.decision().name())).toList()));
            if (!whole) {
                return tables;
            }
            tables.add(new ReportTable(OTHER_ACTIVITY, columns(), List.of(
                    row("MP and councillor enquiries", periods.stream()
                            .map(p -> (int) other.enquiries().stream().filter(p::contains).count()).toList()),
                    row("Ombudsman decisions with a remedy agreed", periods.stream()
                            .map(p -> (int) other.ombudsmanDecisions().stream().filter(d -> p.contains(d.decided()) && d.remedyAgreed())
                                    .count()).toList()),
                    row(PAYMENTS, periods.stream()
                            .map(p -> (int) other.payments().stream().filter(pay -> p.contains(pay.paid())).count()).toList()),
                    row(COMPENSATION, periods.stream()
                            .map(p -> other.payments().stream().filter(pay -> p.contains(pay.paid())).mapToInt(OtherActivity.Payment::pounds)
                                    .sum()).toList()))));
            tables.add(new ReportTable("Advocacy (s26A)", rateColumns(), List.of(row(
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
         *
         * @param sizes true for how many responses each median is of, in place of the medians
         */
        ReportTable medians(boolean sizes) {
            Map<String, EventType> rows = new LinkedHashMap<>();
            rows.put("Stage 1 responses", EventType.STAGE_1_RESPONSE_SENT);
            rows.put("Stage 2 responses", EventType.STAGE_2_RESPONSE_SENT);
            rows.put("Final responses, from the panel's report", EventType.FINAL_RESPONSE_SENT);
            List<ReportTable.Row> out = new ArrayList<>();
            rows.forEach((label, sent) -> out.add(row(label, periods.stream().map(p -> {
                List<Integer> days = runs().stream().filter(r -> p.contains(r.journey().events().get(sent)))
                        .map(r -> daysToRespond(r, sent)).flatMap(Optional::stream).toList();
                return sizes ? Integer.valueOf(days.size()) : median(days);
            }).toList())));
            return new ReportTable(MEDIANS, columns(), out, ReportTable.Kind.VALUES);
        }

        /** The working days from the clock's start to {@code sent}, less those wholly suspended; empty if the start is not recorded. */
        private Optional<Integer> daysToRespond(CaseRecord r, EventType sent) {
            ComplaintState state = r.journey();
            LocalDate start = switch (sent) {
                case STAGE_1_RESPONSE_SENT -> state.stage1ClockStart();
                case STAGE_2_RESPONSE_SENT -> state.stage2ClockStart().orElse(state.events().get(EventType.STAGE_2_REQUESTED));
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

        private static @Nullable Integer median(List<Integer> values) {
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
                rows.add(row(label, counts));
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
                rows.add(row(label, periods.stream().map(p -> (int) inPeriod.apply(p).stream()
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
            rows.add(rate(ESCALATION_TO_2, EventType.STAGE_2_REQUESTED, EventType.STAGE_1_RESPONSE_SENT));
            rows.add(rate(ESCALATION_TO_3, EventType.STAGE_3_REQUESTED, EventType.STAGE_2_RESPONSE_SENT));
            rows.add(rate(ESCALATION_TO_OMBUDSMAN, EventType.REFERRED_TO_OMBUDSMAN, EventType.FINAL_RESPONSE_SENT));
            return new ReportTable(ESCALATION, rateColumns(), rows, ReportTable.Kind.RATES);
        }

        private ReportTable.Row rate(String label, EventType counted, EventType base) {
            List<Integer> counts = new ArrayList<>();
            for (ReportingPeriod p : periods) {
                counts.add(happened(counted, p).size());
                counts.add(happened(base, p).size());
            }
            return row(label, counts);
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
