package org.cscrules.core.audit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.cscrules.core.decision.ProvenancePart;
import org.cscrules.core.process.Transition;
import org.cscrules.core.timescale.Deadline;

/**
 * What replaying a {@link JourneyRecord} on this library gave: the deadlines of the recorded start
 * counted again, and for each step, the transition recorded and the one given again, from the state recorded before it, with the policy and "as
 * at" moment its provenance names. Each step is replayed on its own recorded inputs, as a {@link
 * DecisionRecord} is, so one step that differs does not make every later one differ. The answer is
 * the same as a decision's: equal, or which parts of the provenance differ and whether the answer
 * changed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recorded the journey as recorded
 * @param startDeadlines the deadlines this library counts in the recorded start; unmodifiable
 * @param replayed the transition this library gives for each step, in the same order; unmodifiable
 */
public record JourneyReplay(JourneyRecord recorded, List<Deadline> startDeadlines, List<Transition> replayed) {

    /**
     * Checks that the start and every step have their replay, and copies the lists.
     *
     * @param recorded the journey as recorded; not null
     * @param startDeadlines the deadlines this library counts in the recorded start; not null, no null
     * @param replayed the transition this library gives for each step; not null, no null, one a step
     * @throws IllegalArgumentException if a part is null or holds a null, or the replay has not one
     *     transition a step
     */
    public JourneyReplay {
        if (recorded == null || startDeadlines == null || replayed == null || startDeadlines.stream().anyMatch(Objects::isNull)
                || replayed.stream().anyMatch(Objects::isNull) || replayed.size() != recorded.steps().size()) {
            throw new IllegalArgumentException("A journey replay needs the record, the start's deadlines and one replayed "
                    + "transition a step");
        }
        startDeadlines = List.copyOf(startDeadlines);
        replayed = List.copyOf(replayed);
    }

    /**
     * Whether the deadlines counted in the start and every replayed transition equal the recorded
     * ones, provenance and all.
     *
     * @return true when the whole journey replays equal
     */
    public boolean equal() {
        return startAlike() && firstDifference().isEmpty();
    }

    /**
     * Whether the deadlines counted in the start and every step's answer (outcome, rulings, state,
     * deadlines, notices) are the same, whatever the provenance.
     *
     * @return true when no answer changed
     */
    public boolean sameAnswer() {
        return startAlike() && IntStream.range(0, replayed.size()).allMatch(i -> recordedAt(i).sameAnswerAs(replayed.get(i)));
    }

    /**
     * Whether the deadlines this library counts in the recorded start are those recorded with it.
     *
     * @return true when they are equal
     */
    public boolean startAlike() {
        return startDeadlines.equals(recorded.startDeadlines());
    }

    /**
     * The first step whose replay differs from the record, counting from 0.
     *
     * @return its index, or empty when the journey replays equal
     */
    public OptionalInt firstDifference() {
        return IntStream.range(0, replayed.size()).filter(i -> !recordedAt(i).equals(replayed.get(i))).findFirst();
    }

    /**
     * The parts of the provenance that differ in any step, in {@link ProvenancePart} order.
     *
     * @return the parts, never null; empty when equal
     */
    public List<ProvenancePart> differences() {
        Set<ProvenancePart> parts = EnumSet.noneOf(ProvenancePart.class);
        for (int i = 0; i < replayed.size(); i++) {
            parts.addAll(ProvenancePart.differences(recordedAt(i).provenance(), replayed.get(i).provenance()));
        }
        return new ArrayList<>(parts);
    }

    /**
     * One sentence for the audit trail: equal; or that the start's deadlines differ; or the first
     * step that differs (its event and date), which parts of the provenance differ there and
     * whether the answer changed.
     *
     * @return the sentence, never null
     */
    public String explanation() {
        if (!startAlike()) {
            return "The deadlines recorded at the start are not those this library counts in the recorded start: recorded "
                    + recorded.startDeadlines().size() + ", now " + startDeadlines.size() + (startDeadlines.size()
                    == recorded.startDeadlines().size() ? " with other dates" : "") + "; the record may have been edited.";
        }
        OptionalInt first = firstDifference();
        if (first.isEmpty()) {
            return "The replay gives every recorded transition (" + replayed.size() + " steps).";
        }
        int i = first.getAsInt();
        JourneyRecord.Step step = recorded.steps().get(i);
        Transition again = replayed.get(i);
        return "Step " + (i + 1) + " of " + replayed.size() + " (" + step.event().type() + " on " + step.event().date() + "): "
                + Replay.whyDifferent(step.transition().sameAnswerAs(again), step.transition().provenance(),
                        again.provenance());
    }

    private Transition recordedAt(int step) {
        return recorded.steps().get(step).transition();
    }
}
