package org.cscrules.core.decision;

import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one finding makes of a complaint: nothing ({@link #NEUTRAL}: a note, an action or a
 * condition met), or the {@link Outcome} it points to. A decision's outcome is the strongest
 * outcome its findings point to, whatever the order they were found in.
 */
public enum Effect {
    /** A note: something the council must do, or a condition met, that decides nothing. */
    NEUTRAL(null),
    /** The finding points to the procedure applying. */
    ELIGIBLE(Outcome.ELIGIBLE),
    /** The council must decide first. */
    DISCRETION_REQUIRED(Outcome.DISCRETION_REQUIRED),
    /** The procedure does not apply. */
    NOT_ELIGIBLE(Outcome.NOT_ELIGIBLE);

    private final @Nullable Outcome outcome;

    Effect(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    /**
     * The outcome the finding points to.
     *
     * @return the outcome, or empty for {@link #NEUTRAL}
     */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * The strongest outcome {@code effects} point to: {@link Outcome#ELIGIBLE} when none points to any.
     *
     * @param effects the findings' effects; not null, no null element
     * @return the outcome, never null
     */
    public static Outcome strongestOutcome(Collection<Effect> effects) {
        return Outcome.strongest(effects.stream().flatMap(effect -> effect.outcome().stream()).toList());
    }
}
