package org.cscrules.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.timescale.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The readable chronology of a complaint's journey, the first thing the Ombudsman asks a council
 * for: each event in date order with what the rules made of it and their citations, and each
 * deadline then running: started, running on, met, missed, extended, suspended or ended; then where
 * every deadline still running stands on a given day. Built from a {@link JourneyRecord} alone,
 * without the rules: the outcomes, rulings and deadlines are those the recorded transitions gave,
 * and what became of each deadline is read from them and the states they left. As Markdown
 * ({@link #toMarkdown()}) or as JSON (csc-rules-json's {@code CscRulesJson.write}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param received the day the complaint was received
 * @param asAt the day {@link #standing()} is seen from
 * @param entries the receipt, then each event in the order applied; unmodifiable
 * @param standing each deadline running after the last event, as it stands on {@code asAt}; empty
 *     when none runs; unmodifiable
 */
public record Chronology(LocalDate received, LocalDate asAt, List<Entry> entries, List<DeadlineLine> standing) {

    /** What became of a deadline. */
    public enum Fate {
        /** The event started it. */
        STARTED,
        /** It ran on through the event, unchanged. */
        RUNNING,
        /** The step it waited for (the response, the request, the meeting, the report) came on or before its due date. */
        MET,
        /**
         * The step it waited for came after its due date, or the complaint moved on without it after
         * that date; or, in {@link #standing()}, the council's deadline has passed.
         */
        MISSED,
        /** An extension moved it later. */
        EXTENDED,
        /** A suspension under reg. 8 paused it, or the resumption moved it on by the working days it was paused. */
        SUSPENDED,
        /**
         * The complaint moved on without the step it waited for, before its due date or while it
         * was paused by a suspension: withdrawn, resolved, declined, referred, a stage re-opened, or
         * the next stage asked for.
         */
        ENDED,
        /** In {@link #standing()}: its due date is still to come. */
        STILL_RUNNING,
        /** In {@link #standing()}: the complainant's window to ask for the next stage has closed. */
        WINDOW_CLOSED
    }

    /**
     * A deadline and what became of it.
     *
     * @param deadline the deadline, with the provision it rests on; not null
     * @param fate what became of it; not null
     * @param previousDue for a deadline extended or moved by a suspension, its due date before; otherwise null
     */
    public record DeadlineLine(Deadline deadline, Fate fate, @Nullable LocalDate previousDue) {

        /**
         * Checks that the deadline and fate are given.
         *
         * @param deadline the deadline; not null
         * @param fate what became of it; not null
         * @param previousDue its due date before an extension or a suspension moved it, or null
         *
         * @throws IllegalArgumentException if either is null
         */
        public DeadlineLine {
            if (deadline == null || fate == null) {
                throw new IllegalArgumentException("A deadline line needs the deadline and its fate");
            }
        }
    }

    /**
     * One line of the chronology: the receipt, or an event.
     *
     * @param date the day of the receipt or the event
     * @param event the event; null for the receipt
     * @param outcome what the rules made of the event; null for the receipt
     * @param rulings every ruling, with its rule id and citation; empty for the receipt; unmodifiable
     * @param deadlines each deadline running before the event or started by it, with what became of
     *     it; unmodifiable
     */
    public record Entry(LocalDate date, @Nullable EventType event, @Nullable TransitionOutcome outcome, List<Ruling> rulings,
                        List<DeadlineLine> deadlines) {

        /**
         * Checks that the date is given and copies the lists.
         *
         * @param date the day; not null
         * @param event the event, or null for the receipt
         * @param outcome what the rules made of the event, or null for the receipt
         * @param rulings every ruling; not null, no null
         * @param deadlines each deadline and what became of it; not null, no null
         *
         * @throws IllegalArgumentException if the date or a list is null
         * @throws NullPointerException if a list holds a null
         */
        public Entry {
            if (date == null || rulings == null || deadlines == null) {
                throw new IllegalArgumentException("A chronology entry needs a date, rulings and deadlines");
            }
            rulings = List.copyOf(rulings);
            deadlines = List.copyOf(deadlines);
        }
    }

    /**
     * Checks that every part is given and copies the lists.
     *
     * @param received the day the complaint was received; not null
     * @param asAt the day the standing is seen from; not null
     * @param entries the receipt, then each event; not null, no null
     * @param standing each deadline still running, as it stands on {@code asAt}; not null, no null
     * @throws IllegalArgumentException if a part is null
     * @throws NullPointerException if a list holds a null
     */
    public Chronology {
        if (received == null || asAt == null || entries == null || standing == null) {
            throw new IllegalArgumentException("A chronology needs the day received, the day seen from, entries and standing");
        }
        entries = List.copyOf(entries);
        standing = List.copyOf(standing);
    }

    /**
     * The chronology of {@code journey}, its running deadlines seen from {@code asAt}.
     *
     * @param journey the journey record; not null
     * @param asAt the day to say where each deadline still running stands; not null
     * @return the chronology, never null
     * @throws IllegalArgumentException if an argument is null
     */
    public static Chronology of(JourneyRecord journey, LocalDate asAt) {
        if (journey == null || asAt == null) {
            throw new IllegalArgumentException("journey and asAt must not be null");
        }
        ComplaintState start = journey.start();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(start.received(), null, null, List.of(),
                journey.startDeadlines().stream().map(d -> new DeadlineLine(d, Fate.STARTED, null)).toList()));
        List<Deadline> running = journey.startDeadlines();
        ComplaintState before = start;
        for (JourneyRecord.Step step : journey.steps()) {
            List<Deadline> after = step.transition().deadlines();
            entries.add(new Entry(step.event().date(), step.event().type(), step.transition().outcome(),
                    step.transition().rulings(), lines(before, step, running, after)));
            running = after;
            before = step.transition().state();
        }
        ComplaintState last = before;
        List<DeadlineLine> standing = running.stream().map(d -> new DeadlineLine(d, standing(last, d, asAt), null)).toList();
        return new Chronology(start.received(), asAt, entries, standing);
    }

    /** What {@code step}, taken in {@code before}, made of each deadline running before it, then those it started. */
    private static List<DeadlineLine> lines(ComplaintState before, JourneyRecord.Step step, List<Deadline> running,
                                            List<Deadline> after) {
        List<DeadlineLine> lines = new ArrayList<>();
        EventType type = step.event().type();
        boolean suspends = type == EventType.CONSIDERATION_SUSPENDED && step.transition().recorded() && !before.isSuspended();
        for (Deadline was : running) {
            Optional<Deadline> same = after.stream().filter(d -> sameClock(d, was)).findFirst();
            if (same.isEmpty()) {
                lines.add(new DeadlineLine(was, stopped(before, was, type, step.event().date()), null));
            } else if (!same.get().due().equals(was.due())) {
                lines.add(new DeadlineLine(same.get(), type.isExtension() ? Fate.EXTENDED : Fate.SUSPENDED, was.due()));
            } else {
                lines.add(new DeadlineLine(was, suspends && step.transition().state().pauses(was) ? Fate.SUSPENDED : Fate.RUNNING,
                        null));
            }
        }
        after.stream().filter(d -> running.stream().noneMatch(was -> sameClock(d, was)))
                .forEach(d -> lines.add(new DeadlineLine(d, Fate.STARTED, null)));
        return lines;
    }

    /**
     * What became of {@code deadline} when {@code type}, on {@code on}, stopped it: met or missed
     * by the step it waited for; otherwise missed if its day had passed while it ran, else ended.
     */
    private static Fate stopped(ComplaintState before, Deadline deadline, EventType type, LocalDate on) {
        if (awaits(deadline.timescale(), type)) {
            return on.isAfter(deadline.due()) ? Fate.MISSED : Fate.MET;
        }
        return on.isAfter(deadline.due()) && !before.pauses(deadline) ? Fate.MISSED : Fate.ENDED;
    }

    /** Whether {@code type} is the step a deadline of {@code timescale} waits for. */
    private static boolean awaits(Timescale timescale, EventType type) {
        return switch (timescale) {
            case T2_STAGE_1_RESPONSE -> type == EventType.STAGE_1_RESPONSE_SENT;
            case T4_STAGE_2_REQUEST -> type == EventType.STAGE_2_REQUESTED;
            case T6_STAGE_2_RESPONSE, T7_STAGE_2_ADJUDICATION -> type == EventType.STAGE_2_RESPONSE_SENT;
            case T8_STAGE_3_REQUEST -> type == EventType.STAGE_3_REQUESTED;
            case T9_REVIEW_PANEL -> type == EventType.PANEL_HELD;
            case T10_PANEL_REPORT -> type == EventType.PANEL_REPORT_RECEIVED;
            case T11_FINAL_RESPONSE -> type == EventType.FINAL_RESPONSE_SENT;
            default -> false;
        };
    }

    /** Whether two deadlines are the same clock: one timescale, kind and trigger, whatever their due dates. */
    private static boolean sameClock(Deadline a, Deadline b) {
        return a.timescale() == b.timescale() && a.kind() == b.kind() && a.trigger().equals(b.trigger());
    }

    /** Where {@code deadline}, still running in {@code state}, stands on {@code asAt}. */
    private static Fate standing(ComplaintState state, Deadline deadline, LocalDate asAt) {
        if (state.pauses(deadline)) {
            return Fate.SUSPENDED;
        }
        if (!asAt.isAfter(deadline.due())) {
            return Fate.STILL_RUNNING;
        }
        return deadline.timescale().isComplainantWindow() ? Fate.WINDOW_CLOSED : Fate.MISSED;
    }

    /**
     * The chronology as Markdown: a table of entries (date, what happened, outcome, the rules with
     * their citations, each deadline and what became of it), then a table of the deadlines still running.
     *
     * @return the Markdown, never null
     */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder("# Chronology of the complaint received on ").append(received).append("\n\n")
                .append("| date | what happened | outcome | rules (citation) | deadlines |\n|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            out.append("| ").append(entry.date()).append(" | ")
                    .append(entry.event() == null ? "received" : entry.event().name()).append(" | ")
                    .append(entry.outcome() == null ? "" : entry.outcome().name()).append(" | ")
                    .append(entry.rulings().stream().map(r -> r.ruleId() + " (" + r.citation().reference() + ")")
                            .collect(Collectors.joining("<br>"))).append(" | ")
                    .append(entry.deadlines().stream().map(Chronology::line).collect(Collectors.joining("<br>"))).append(" |\n");
        }
        out.append("\n## Deadlines running as at ").append(asAt).append("\n\n");
        if (standing.isEmpty()) {
            return out.append("None: the council's procedure is complete, or the complaint has ended.\n").toString();
        }
        out.append("| deadline (citation) | where it stands |\n|---|---|\n");
        standing.forEach(line -> out.append("| ").append(deadline(line.deadline())).append(" | ").append(fate(line)).append(" |\n"));
        return out.toString();
    }

    /** "T2_STAGE_1_RESPONSE DUE 2026-01-16 (SI 2006/1738 reg. 14): met". */
    private static String line(DeadlineLine line) {
        return deadline(line.deadline()) + ": " + fate(line);
    }

    /** "T2_STAGE_1_RESPONSE DUE 2026-01-16 (SI 2006/1738 reg. 14)". */
    private static String deadline(Deadline d) {
        return d.timescale() + " " + d.kind() + " " + d.due() + " (" + d.provision().citation().reference() + ")";
    }

    /** "met", or "extended, was 2026-01-16" where it moved. */
    private static String fate(DeadlineLine line) {
        return line.fate().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (line.previousDue() == null ? "" : ", was " + line.previousDue());
    }
}
