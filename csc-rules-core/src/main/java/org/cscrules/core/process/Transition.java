package org.cscrules.core.process;

import java.util.List;
import java.util.Objects;
import org.cscrules.core.audit.Provenance;
import org.cscrules.core.timescale.Deadline;

/**
 * The answer to "may this happen, and what then?": the outcome, every ruling with its citation
 * (strongest first), the state after the event (the state before it, unchanged, when refused), and
 * every deadline running in that state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome the strongest effect among the rulings
 * @param rulings every ruling, sorted; at least one
 * @param state the new state, or the given one when the event is refused
 * @param deadlines the deadlines running in {@code state}, in date order
 * @param provenance the library, rulebook, calendar data, policy (the state's, see {@link
 *     DeadlineBasis}) and moment that produced it
 */
public record Transition(TransitionOutcome outcome, List<Ruling> rulings, ComplaintState state, List<Deadline> deadlines,
                         Provenance provenance) {

    /** Sorts and copies the lists, and checks that the outcome follows from the rulings. */
    public Transition {
        if (outcome == null || rulings == null || rulings.isEmpty() || state == null || deadlines == null
                || rulings.stream().anyMatch(Objects::isNull) || deadlines.stream().anyMatch(Objects::isNull) || provenance == null) {
            throw new IllegalArgumentException("A transition needs an outcome, at least one ruling, a state, deadlines "
                    + "without nulls, and its provenance");
        }
        rulings = rulings.stream().sorted().toList();
        deadlines = deadlines.stream().sorted().toList();
        TransitionOutcome implied = rulings.stream().map(Ruling::effect).reduce(TransitionOutcome.ALLOWED, TransitionOutcome::and);
        if (outcome != implied) {
            throw new IllegalArgumentException("The outcome must be the strongest effect among the rulings");
        }
    }

    /** Whether the event was recorded (allowed, or allowed subject to the council's discretion). */
    public boolean recorded() {
        return outcome != TransitionOutcome.REFUSED;
    }
}
