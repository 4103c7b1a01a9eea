package org.cscrules.core.audit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.cscrules.core.process.Transition;

/**
 * What replaying a {@link JourneyRecord} on this library gave: for each step, the transition
 * recorded and the one given again, from the state recorded before it, with the policy and "as
 * at" moment its provenance names. Each step is replayed on its own recorded inputs, as a {@link
 * DecisionRecord} is, so one step that differs does not make every later one differ. The answer is
 * the same as a decision's: equal, or which parts of the provenance differ and whether the answer
 * changed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recorded the journey as recorded
 * @param replayed the transition this library gives for each step, in the same order
 */
public record JourneyReplay(JourneyRecord recorded, List<Transition> replayed) {

    /**
     * Checks that every step has its replay and copies the list.
     *
     * @throws IllegalArgumentException if a part is null, or the replay has not one transition a step
     */
    public JourneyReplay {
        if (recorded == null || replayed == null || replayed.stream().anyMatch(Objects::isNull)
                || replayed.size() != recorded.steps().size()) {
            throw new IllegalArgumentException("A journey replay needs the record and one replayed transition a step");
        }
        replayed = List.copyOf(replayed);
    }

    /**
     * Whether every replayed transition equals the recorded one, provenance and all.
     *
     * @return true when the whole journey replays equal
     */
    public boolean equal() {
        return firstDifference().isEmpty();
    }

    /**
     * Whether every step gives the same answer (outcome, rulings, state, deadlines, notices),
     * whatever the provenance.
     *
     * @return true when no answer changed
     */
    public boolean sameAnswer() {
        return IntStream.range(0, replayed.size()).allMatch(i -> recordedAt(i).sameAnswerAs(replayed.get(i)));
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
     * One sentence for the audit trail: equal, or the first step that differs (its event and date),
     * which parts of the provenance differ there and whether the answer changed.
     *
     * @return the sentence, never null
     */
    public String explanation() {
        OptionalInt first = firstDifference();
        if (first.isEmpty()) {
            return "The replay gives every recorded transition (" + replayed.size() + " steps).";
        }
        int i = first.getAsInt();
        JourneyRecord.Step step = recorded.steps().get(i);
        Transition again = replayed.get(i);
        return "Step " + (i + 1) + " of " + replayed.size() + " (" + step.event().type() + " on " + step.event().date() + "): "
                + ProvenancePart.whyDifferent(step.transition().sameAnswerAs(again), step.transition().provenance(),
                        again.provenance());
    }

    private Transition recordedAt(int step) {
        return recorded.steps().get(step).transition();
    }
}
