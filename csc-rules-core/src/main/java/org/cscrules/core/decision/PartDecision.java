package org.cscrules.core.decision;

import java.util.List;
import org.cscrules.core.request.Subject;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one part of a complaint about more than one function: whether that part goes
 * through the statutory procedure, why, and where it goes instead. The Ombudsman's fact sheet: if
 * only part of a complaint is covered, "the council should tell you how it will respond to the
 * parts".
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the part: the function complained about and its grievances
 * @param outcome the part's outcome, the strongest effect among its reasons
 * @param reasons the part's reasons, sorted; at least one
 * @param alternativeRoute where the part goes instead, or null when the procedure applies to it
 */
public record PartDecision(Subject subject, Outcome outcome, List<Reason> reasons, @Nullable AlternativeRoute alternativeRoute) {

    /**
     * Sorts and copies the reasons, and checks the outcome follows from them and a route goes with
     * NOT_ELIGIBLE alone.
     *
     * @param subject the part; not null
     * @param outcome the part's outcome; not null
     * @param reasons the part's reasons; at least one, no null
     * @param alternativeRoute where the part goes instead: given exactly when the outcome is
     *     {@link Outcome#NOT_ELIGIBLE}, else null
     * @throws IllegalArgumentException if a part is missing, the outcome is not the strongest
     *     effect among the reasons, or the route does not go with the outcome
     */
    public PartDecision {
        if (subject == null || outcome == null || reasons == null || reasons.isEmpty() || reasons.contains(null)) {
            throw new IllegalArgumentException("A part's decision needs its subject, an outcome and at least one reason");
        }
        reasons = reasons.stream().sorted().toList();
        if (outcome != Effect.strongestOutcome(reasons.stream().map(Reason::effect).toList())) {
            throw new IllegalArgumentException("A part's outcome must be the strongest effect among its reasons");
        }
        if ((outcome == Outcome.NOT_ELIGIBLE) != (alternativeRoute != null)) {
            throw new IllegalArgumentException("A part that is not eligible, and only such a part, names an alternative route");
        }
    }
}
