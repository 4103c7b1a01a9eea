package org.cscrules.core.process;

/**
 * What the rules make of an event. Rulings combine without regard to order: {@link #REFUSED}
 * beats {@link #DISCRETION_REQUIRED}, which beats {@link #ALLOWED}.
 */
public enum TransitionOutcome {
    /** The event happens as recorded; the complaint moves on. */
    ALLOWED,
    /**
     * The event is recorded and the clocks run, but the council must decide something the law
     * leaves to it: a late request for the next stage, whether the next stage is
     * appropriate where its policy gatekeeps, or a stage 2 extension beyond 65 working days
     * where it treats that as a target. Never a silent refusal.
     */
    DISCRETION_REQUIRED,
    /** The event cannot happen in this state (for example stage 3 before stage 2); the state is unchanged. */
    REFUSED;

    /**
     * The stronger of the two: how rulings combine, whatever their order.
     *
     * @param other another outcome; not null
     * @return {@link #REFUSED} if either is, else {@link #DISCRETION_REQUIRED} if either is, else
     *     {@link #ALLOWED}
     */
    public TransitionOutcome and(TransitionOutcome other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
