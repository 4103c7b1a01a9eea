package org.cscrules.core.process;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.timescale.Deadline;

/**
 * The answer to "may this happen, and what then?": the outcome, every ruling with its citation
 * (strongest first), the state after the event (the state before it, unchanged, when refused), and
 * every deadline running in that state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome the strongest effect among the rulings
 * @param rulings every ruling, sorted (strongest first, then by rule id); at least one
 * @param state the new state, or the given one when the event is refused
 * @param deadlines the deadlines running in {@code state}, in date order; empty when none runs
 * @param provenance the library, rulebook, calendar data, policy (the state's, see {@link
 *     DeadlineBasis}) and moment that produced it
 * @param notices who the council must tell in writing of the outcome, its reasons and the action
 *     taken or proposed, when the event is a stage's outcome (s26(7)); empty otherwise, and absent
 *     in transitions written by 0.1.0
 */
public record Transition(TransitionOutcome outcome, List<Ruling> rulings, ComplaintState state, List<Deadline> deadlines,
                         Provenance provenance, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WrittenNotice> notices) {

    /**
     * A transition with no written notices, as 0.1.0 recorded one.
     *
     * @param outcome the strongest effect among the rulings
     * @param rulings every ruling; at least one
     * @param state the new state
     * @param deadlines the deadlines running in it
     * @param provenance what produced it
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Transition(TransitionOutcome outcome, List<Ruling> rulings, ComplaintState state, List<Deadline> deadlines,
                      Provenance provenance) {
        this(outcome, rulings, state, deadlines, provenance, List.of());
    }

    /**
     * Sorts and copies the lists, and checks that the outcome follows from the rulings.
     *
     * @param outcome the strongest effect among the rulings; not null
     * @param rulings every ruling; at least one, no null
     * @param state the new state, or the given one when the event is refused; not null
     * @param deadlines the deadlines running in {@code state}; not null, no null
     * @param provenance what produced it; not null
     * @param notices who the council must tell in writing; null is read as none, and a repeat is
     *     dropped
     * @throws IllegalArgumentException if a part is missing, a list holds a null, there is no
     *     ruling, or the outcome is not the strongest effect among the rulings
     */
    public Transition {
        if (outcome == null || rulings == null || rulings.isEmpty() || state == null || deadlines == null
                || rulings.stream().anyMatch(Objects::isNull) || deadlines.stream().anyMatch(Objects::isNull) || provenance == null) {
            throw new IllegalArgumentException("A transition needs an outcome, at least one ruling, a state, deadlines "
                    + "without nulls, and its provenance");
        }
        rulings = rulings.stream().sorted().toList();
        deadlines = deadlines.stream().sorted().toList();
        notices = notices == null ? List.of() : notices.stream().distinct().sorted().toList();
        TransitionOutcome implied = rulings.stream().map(Ruling::effect).reduce(TransitionOutcome.ALLOWED, TransitionOutcome::and);
        if (outcome != implied) {
            throw new IllegalArgumentException("The outcome must be the strongest effect among the rulings");
        }
    }

    /**
     * Whether the event was recorded (allowed, or allowed subject to the council's discretion).
     *
     * @return true unless the outcome is {@link TransitionOutcome#REFUSED}
     */
    public boolean recorded() {
        return outcome != TransitionOutcome.REFUSED;
    }

    /**
     * Whether {@code other} gives the same answer: the same outcome, rulings, state, deadlines and
     * notices, whatever produced it (its provenance).
     *
     * @param other another transition; not null
     * @return true when only the provenance may differ
     * @throws IllegalArgumentException if {@code other} is null
     */
    public boolean sameAnswerAs(Transition other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return outcome == other.outcome && rulings.equals(other.rulings) && state.equals(other.state)
                && deadlines.equals(other.deadlines) && notices.equals(other.notices);
    }
}
