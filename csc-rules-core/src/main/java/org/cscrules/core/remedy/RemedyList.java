package org.cscrules.core.remedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.JourneyReplay;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.process.Transition;

/**
 * Which kept decisions and journeys this release answers differently, and what the council should
 * consider for each: the records replayed on their own recorded policy and moment with the current
 * rules, each that gives another answer listed with the corrections behind it. An answer is what
 * matters to the complainant: a decision's outcome, route, actions and deadlines; a journey step's
 * outcome, stage and deadlines. A record that still gives the same answer is never listed, however its
 * reasons' words or citations changed. The list is in reference order, whatever the order the
 * records came in, and holds references only: nothing personal from the records.
 *
 * <p>Immutable and thread-safe.
 */
public final class RemedyList {

    private final long checked;
    private final List<Remedy> remedies;

    private RemedyList(long checked, List<Remedy> remedies) {
        this.checked = checked;
        this.remedies = List.copyOf(remedies);
    }

    /**
     * Replays every record and lists those answered differently.
     *
     * @param records the kept records; not null, no null
     * @return the list; never null
     * @throws IllegalArgumentException if {@code records} is null or holds a null
     * @throws org.cscrules.core.validation.InvalidRequestException if a record is not valid (its
     *     violations named), as its replay reports
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    public static RemedyList check(Stream<KeptRecord> records) {
        if (records == null) {
            throw new IllegalArgumentException("records must not be null");
        }
        AtomicLong checked = new AtomicLong();
        List<Remedy> remedies = new ArrayList<>();
        records.forEach(record -> {
            if (record == null) {
                throw new IllegalArgumentException("records must not hold a null");
            }
            checked.incrementAndGet();
            remedyFor(record).ifPresent(remedies::add);
        });
        return of(checked.get(), remedies);
    }

    /**
     * The list of remedies already found one record at a time (as JSON lines finds them), in
     * reference order.
     *
     * @param checked how many records were checked
     * @param remedies the remedies found; not null, no null
     * @return the list; never null
     * @throws IllegalArgumentException if {@code remedies} is null or holds a null, or is longer than {@code checked}
     */
    public static RemedyList of(long checked, java.util.Collection<Remedy> remedies) {
        if (remedies == null || remedies.stream().anyMatch(Objects::isNull) || remedies.size() > checked) {
            throw new IllegalArgumentException("A remedy list needs its remedies, without nulls, and no more than were checked");
        }
        List<Remedy> sorted = new ArrayList<>(remedies);
        sorted.sort(Comparator.comparing(Remedy::reference).thenComparing(Remedy::before));
        return new RemedyList(checked, sorted);
    }

    /**
     * What the council should consider for one record, if this release answers it differently.
     *
     * @param record a kept record; not null
     * @return the remedy, or empty when the answer is the same
     * @throws org.cscrules.core.validation.InvalidRequestException if the record is not valid (its
     *     violations named), as its replay reports
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    public static java.util.Optional<Remedy> remedyFor(KeptRecord record) {
        return record.decision() != null ? decision(record) : journey(record);
    }

    private static java.util.Optional<Remedy> decision(KeptRecord record) {
        Replay replay = EligibilityService.replay(record.decision());
        EligibilityDecision before = replay.recorded();
        EligibilityDecision after = replay.replayed();
        if (matters(before).equals(matters(after))) {
            return java.util.Optional.empty();
        }
        Set<String> changed = changed(before.reasons().stream().map(RemedyList::key).toList(),
                after.reasons().stream().map(RemedyList::key).toList());
        List<String> citations = after.reasons().stream().filter(r -> changed.contains(r.ruleId()))
                .map(r -> r.ruleId() + ": " + r.citation().reference()).toList();
        return java.util.Optional.of(remedy(record.reference(), Remedy.Kind.DECISION, answer(before), answer(after), changed, citations));
    }

    private static java.util.Optional<Remedy> journey(KeptRecord record) {
        JourneyReplay replay = ComplaintProcess.replay(record.journey());
        if (replay.sameAnswer()) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < replay.replayed().size(); i++) {
            Transition kept = record.journey().steps().get(i).transition();
            Transition now = replay.replayed().get(i);
            if (!matters(kept).equals(matters(now))) {
                String event = "step " + (i + 1) + ", " + record.journey().steps().get(i).event().type() + " on "
                        + record.journey().steps().get(i).event().date() + ": ";
                Set<String> changed = changed(kept.rulings().stream().map(r -> r.ruleId() + SEPARATOR + r.effect() + SEPARATOR + r.text())
                        .toList(), now.rulings().stream().map(r -> r.ruleId() + SEPARATOR + r.effect() + SEPARATOR + r.text()).toList());
                List<String> citations = now.rulings().stream().filter(r -> changed.contains(r.ruleId()))
                        .map(r -> r.ruleId() + ": " + r.citation().reference()).toList();
                if (changed.isEmpty() && kept.outcome() == now.outcome() && kept.state().stage() == now.state().stage()) {
                    // a deadline alone differs: name the deadlines
                    Set<String> keptDeadlines = new TreeSet<>(deadlines(kept));
                    Set<String> nowDeadlines = new TreeSet<>(deadlines(now));
                    Set<String> both = new TreeSet<>(keptDeadlines);
                    both.retainAll(nowDeadlines);
                    keptDeadlines.removeAll(both);
                    nowDeadlines.removeAll(both);
                    Remedy remedy = remedy(record.reference(), Remedy.Kind.JOURNEY, event + "deadlines " + keptDeadlines,
                            event + "deadlines " + nowDeadlines, changed, citations);
                    boolean stage2 = nowDeadlines.stream().anyMatch(d -> d.startsWith(Timescale.T6_STAGE_2_RESPONSE.name()));
                    return java.util.Optional.of(stage2 ? withCorrection(remedy, Correction.STAGE_2_MAXIMUM) : remedy);
                }
                return java.util.Optional.of(remedy(record.reference(), Remedy.Kind.JOURNEY, event + answer(kept), event + answer(now),
                        changed, citations));
            }
        }
        return replay.startAlike() ? java.util.Optional.empty() : java.util.Optional.of(remedy(record.reference(), Remedy.Kind.JOURNEY,
                "the deadlines counted at the start", "other deadlines at the start", Set.of(), List.of()));
    }

    /**
     * What of a decision matters to the complainant: its outcome, its route, the actions the council
     * must take, and each deadline's due day. A reason's words, effect or citation changed with the
     * same answer (as this release's labels did) owes the complainant nothing.
     */
    private static List<Object> matters(EligibilityDecision decision) {
        return List.of(decision.outcome(), Objects.toString(decision.alternativeRoute()), new TreeSet<>(decision.actions().stream()
                .map(Object::toString).toList()), decision.deadlines().stream().map(d -> d.timescale() + " " + d.kind() + " " + d.due())
                .sorted().toList());
    }

    /** The same of a step of a journey: its outcome, the stage it leaves, and each deadline's due day. */
    private static List<Object> matters(Transition transition) {
        return List.of(transition.outcome(), transition.state().stage(), deadlines(transition));
    }

    private static List<String> deadlines(Transition transition) {
        return transition.deadlines().stream().map(d -> d.timescale() + " " + d.kind() + " " + d.due()).sorted().toList();
    }

    /** {@code remedy} with {@code correction} in place of the general consideration. */
    private static Remedy withCorrection(Remedy remedy, Correction correction) {
        return new Remedy(remedy.reference(), remedy.kind(), remedy.before(), remedy.after(), remedy.changedRules(),
                remedy.citations(), List.of(correction), correction.consider());
    }

    private static Remedy remedy(String reference, Remedy.Kind kind, String before, String after, Set<String> changed,
                                 List<String> citations) {
        List<Correction> corrections = Stream.of(Correction.values())
                .filter(c -> changed.stream().anyMatch(c::covers)).toList();
        Set<String> consider = new LinkedHashSet<>();
        corrections.forEach(c -> consider.addAll(c.consider()));
        if (consider.isEmpty()) {
            consider.add("Read the change log's \"Changed answers\" for the rules named, and weigh whether the old answer "
                    + "disadvantaged the complainant.");
        }
        return new Remedy(reference, kind, before, after, List.copyOf(changed), citations, corrections, List.copyOf(consider));
    }

    /**
     * A reason as {@link #changed} compares it: its rule, effect and text. A note (NEUTRAL) is taken
     * as the ELIGIBLE 0.1.0 gave notes: that relabelling decided nothing.
     */
    private static String key(org.cscrules.core.decision.Reason reason) {
        org.cscrules.core.decision.Effect effect = reason.effect() == org.cscrules.core.decision.Effect.NEUTRAL
                ? org.cscrules.core.decision.Effect.ELIGIBLE : reason.effect();
        return reason.ruleId() + SEPARATOR + effect + SEPARATOR + reason.text();
    }

    /** Between a rule's id, its effect and its text in the keys {@link #changed} compares. */
    private static final String SEPARATOR = "\u0000";

    /**
     * The ids of the rules that answer differently: in one answer and not the other, or in both with
     * another effect or text (a rule that now proposes another route says so in its text); sorted.
     */
    private static Set<String> changed(List<String> before, List<String> after) {
        Set<String> differing = new TreeSet<>(before);
        differing.addAll(after);
        Set<String> both = new TreeSet<>(before);
        both.retainAll(after);
        differing.removeAll(both);
        Set<String> changed = new TreeSet<>();
        differing.forEach(key -> changed.add(key.substring(0, key.indexOf(SEPARATOR))));
        return changed;
    }

    private static String answer(EligibilityDecision decision) {
        return decision.outcome() + (decision.alternativeRoute() == null ? "" : " (" + decision.alternativeRoute() + ")");
    }

    private static String answer(Transition transition) {
        return transition.outcome() + ", the complaint then at " + transition.state().stage();
    }

    /**
     * How many records were checked.
     *
     * @return the count
     */
    public long checked() {
        return checked;
    }

    /**
     * The records answered differently, in reference order.
     *
     * @return the remedies; never null, unmodifiable
     */
    public List<Remedy> remedies() {
        return remedies;
    }

    /**
     * How many of the listed records each correction changed (a record may count under several).
     *
     * @return the counts, in correction order, only those above zero; never null
     */
    public Map<Correction, Long> byCorrection() {
        Map<Correction, Long> counts = new EnumMap<>(Correction.class);
        for (Remedy remedy : remedies) {
            remedy.corrections().forEach(c -> counts.merge(c, 1L, Long::sum));
        }
        return counts;
    }

    /**
     * The list for a complaints manager to hand to a lawyer, as Markdown: how many were checked and
     * changed, the counts by correction, then each case by its reference.
     *
     * @return the Markdown; never null
     */
    public String markdown() {
        StringBuilder out = new StringBuilder("# Kept records this release answers differently\n\n")
                .append(checked).append(" records checked; ").append(remedies.size()).append(" answered differently. Each was ")
                .append("replayed on its own recorded policy and moment with this release's rules. What to consider is a list ")
                .append("for the council to weigh, not a decision.\n\n## By correction\n\n| correction | finding | records |\n|---|---|---:|\n");
        byCorrection().forEach((correction, count) -> out.append("| ").append(correction.title()).append(" | ")
                .append(correction.finding()).append(" | ").append(count).append(" |\n"));
        long none = remedies.stream().filter(r -> r.corrections().isEmpty()).count();
        if (none > 0) {
            out.append("| (another change: see the rules named) | change log | ").append(none).append(" |\n");
        }
        out.append("\n## Each case\n");
        for (Remedy remedy : remedies) {
            out.append("\n### ").append(remedy.reference()).append("\n\n- ").append(remedy.kind() == Remedy.Kind.DECISION
                    ? "Decision" : "Journey").append(": ").append(remedy.before()).append(" → ").append(remedy.after()).append('\n')
                    .append("- Rules changed: ").append(String.join(", ", remedy.changedRules())).append('\n');
            remedy.citations().forEach(c -> out.append("- Cited: ").append(c).append('\n'));
            remedy.corrections().forEach(c -> out.append("- Correction: ").append(c.title()).append(" (").append(c.finding())
                    .append(")\n"));
            remedy.consider().forEach(c -> out.append("- Consider: ").append(c).append('\n'));
        }
        return out.toString();
    }

    /**
     * The same as CSV, one line a case: {@code reference,kind,before,after,rules,findings,consider}.
     *
     * @return the CSV; never null
     */
    public String csv() {
        StringBuilder out = new StringBuilder("reference,kind,before,after,rules,findings,consider\n");
        for (Remedy remedy : remedies) {
            out.append(String.join(",", Stream.of(remedy.reference(), remedy.kind().name(), remedy.before(), remedy.after(),
                    String.join(" ", remedy.changedRules()), String.join(" ", remedy.corrections().stream()
                            .map(Correction::finding).distinct().toList()), String.join(" | ", remedy.consider()))
                    .map(RemedyList::csvField).toList())).append('\n');
        }
        return out.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : Objects.requireNonNull(value);
    }
}
