package org.cscrules.core.decision;

import java.util.Collection;

/**
 * Whether the complaint goes through the statutory procedure. Findings combine without regard to
 * order: {@link #NOT_ELIGIBLE} beats {@link #DISCRETION_REQUIRED}, which beats {@link #ELIGIBLE}.
 */
public enum Outcome {
    /** The council must consider the complaint under the procedure. */
    ELIGIBLE,
    /**
     * The council must decide first: sufficient interest (reg. 12), a late complaint (reg. 9),
     * concurrent proceedings (reg. 8), a representative's suitability. Never a silent refusal.
     */
    DISCRETION_REQUIRED,
    /** The procedure does not apply; the decision names the alternative route. */
    NOT_ELIGIBLE;

    /**
     * The stronger of the two: how findings combine, whatever their order.
     *
     * @param other another outcome; not null
     * @return {@link #NOT_ELIGIBLE} if either is, else {@link #DISCRETION_REQUIRED} if either is,
     *     else {@link #ELIGIBLE}
     */
    public Outcome and(Outcome other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * The strongest of the given outcomes; {@link #ELIGIBLE} when there are none.
     *
     * @param outcomes the outcomes to combine; not null, no null element
     * @return the strongest, never null
     */
    public static Outcome strongest(Collection<Outcome> outcomes) {
        Outcome result = ELIGIBLE;
        for (Outcome outcome : outcomes) {
            result = result.and(outcome);
        }
        return result;
    }
}
