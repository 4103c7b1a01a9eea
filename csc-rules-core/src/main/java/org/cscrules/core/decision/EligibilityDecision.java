package org.cscrules.core.decision;

import java.util.List;
import java.util.Objects;
import org.cscrules.core.audit.Provenance;
import org.cscrules.core.timescale.Deadline;

/**
 * The answer to "does this complaint go through the statutory procedure?": the outcome, every
 * reason with its citation (strongest first, then by rule id), the actions the council must take
 * now, the alternative route when it does not, and the deadlines that start.
 *
 * <p>The outcome is always the strongest effect among the reasons, so it never depends on the
 * order in which rules fired; the constructor refuses anything else. The library's reading of the
 * provisions, not legal advice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome eligible, discretion required, or not eligible
 * @param reasons every finding, sorted; at least one
 * @param actions what the council must do now, in declaration order of {@link RequiredAction}
 * @param alternativeRoute where the complaint goes instead, or null when the procedure applies
 * @param deadlines the deadlines that start, in date order
 * @param provenance the library, rulebook, calendar data, policy and moment that produced it
 */
public record EligibilityDecision(Outcome outcome, List<Reason> reasons, List<RequiredAction> actions,
                                  AlternativeRoute alternativeRoute, List<Deadline> deadlines, Provenance provenance) {

    /** Sorts and copies the lists, and checks that the outcome follows from the reasons. */
    public EligibilityDecision {
        if (outcome == null || reasons == null || reasons.isEmpty() || actions == null || deadlines == null
                || hasNull(reasons) || hasNull(actions) || hasNull(deadlines) || provenance == null) {
            throw new IllegalArgumentException("A decision needs an outcome, at least one reason, lists of actions "
                    + "and deadlines without nulls, and its provenance");
        }
        reasons = reasons.stream().sorted().toList();
        actions = actions.stream().distinct().sorted().toList();
        deadlines = deadlines.stream().sorted().toList();
        Outcome implied = Effect.strongestOutcome(reasons.stream().map(Reason::effect).toList());
        if (outcome != implied) {
            throw new IllegalArgumentException("The outcome must be the strongest effect among the reasons");
        }
        if ((outcome == Outcome.NOT_ELIGIBLE) != (alternativeRoute != null)) {
            throw new IllegalArgumentException("A complaint that is not eligible, and only such a complaint, names an "
                    + "alternative route");
        }
    }

    /** Null-safe even for {@code List.of(...)}, whose {@code contains(null)} throws. */
    private static boolean hasNull(List<?> items) {
        for (Object item : items) {
            if (item == null) {
                return true;
            }
        }
        return false;
    }

    /** A decision whose outcome is the strongest effect among {@code reasons}. */
    public static EligibilityDecision of(List<Reason> reasons, List<RequiredAction> actions,
                                         AlternativeRoute alternativeRoute, List<Deadline> deadlines, Provenance provenance) {
        Outcome outcome = reasons == null || hasNull(reasons) ? null
                : Effect.strongestOutcome(reasons.stream().map(Reason::effect).toList());
        return new EligibilityDecision(outcome, reasons, actions, alternativeRoute, deadlines, provenance);
    }

    /** Whether {@code other} gives the same answer: outcome, reasons, actions, route and deadlines, whatever its provenance. */
    public boolean sameAnswerAs(EligibilityDecision other) {
        return other != null && outcome == other.outcome && reasons.equals(other.reasons) && actions.equals(other.actions)
                && Objects.equals(alternativeRoute, other.alternativeRoute) && deadlines.equals(other.deadlines);
    }
}
