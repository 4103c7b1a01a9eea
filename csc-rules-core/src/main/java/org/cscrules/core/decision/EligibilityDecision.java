package org.cscrules.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.cscrules.core.timescale.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "does this complaint go through the statutory procedure?": the outcome, every
 * reason with its citation (strongest first, then by rule id), the actions the council must take
 * now, the alternative route when it does not, and the deadlines that start.
 *
 * <p>The outcome is always the strongest effect among the reasons, so it never depends on the
 * order in which rules fired; the constructor refuses anything else. The library's reading of the
 * provisions, not legal advice.
 *
 * <p>A complaint about more than one function has a decision for each part ({@link #parts()}). The
 * decision itself is then about the parts the procedure may cover: its reasons, actions and
 * deadlines are theirs, and a part that is not eligible adds only the action to tell the complainant
 * where that part goes; where no part is covered, it is the parts' joint refusal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome eligible, discretion required, or not eligible
 * @param reasons every finding, sorted (strongest first, then by rule id); at least one
 * @param actions what the council must do now, in declaration order of {@link RequiredAction},
 *     each once; empty if none
 * @param alternativeRoute where the complaint goes instead: given exactly when the outcome is
 *     {@link Outcome#NOT_ELIGIBLE}, null when the procedure applies or the council must decide
 * @param deadlines the deadlines that start, in date order; empty if none
 * @param provenance the library, rulebook, calendar data, policy and moment that produced it
 * @param parts the decision for each part, in the request's order, when the complaint has more than
 *     one; empty for a complaint of one part, whose decision this is (and absent in decisions
 *     written by 0.1.0)
 * @param alternatives what the decision would be if each open fact of the request were settled,
 *     given only when asked for ({@code EligibilityService.assessWithAlternatives}); empty otherwise,
 *     and absent from its JSON then
 */
public record EligibilityDecision(Outcome outcome, List<Reason> reasons, List<RequiredAction> actions,
                                  @Nullable AlternativeRoute alternativeRoute, List<Deadline> deadlines, Provenance provenance,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PartDecision> parts,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Alternative> alternatives) {

    /**
     * A decision on a complaint of one part.
     *
     * @param outcome eligible, discretion required, or not eligible
     * @param reasons every finding; at least one
     * @param actions what the council must do now
     * @param alternativeRoute where the complaint goes instead when it is not eligible, else null
     * @param deadlines the deadlines that start
     * @param provenance what produced it
     * @throws IllegalArgumentException as the canonical constructor
     */
    public EligibilityDecision(Outcome outcome, List<Reason> reasons, List<RequiredAction> actions,
                               @Nullable AlternativeRoute alternativeRoute, List<Deadline> deadlines, Provenance provenance) {
        this(outcome, reasons, actions, alternativeRoute, deadlines, provenance, List.of(), List.of());
    }

    /**
     * A decision with the decision for each part of a complaint of two or more, and no alternatives.
     *
     * @param outcome eligible, discretion required, or not eligible
     * @param reasons every finding; at least one
     * @param actions what the council must do now
     * @param alternativeRoute where the complaint goes instead when it is not eligible, else null
     * @param deadlines the deadlines that start
     * @param provenance what produced it
     * @param parts the decision for each part; empty for a complaint of one part
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public EligibilityDecision(Outcome outcome, List<Reason> reasons, List<RequiredAction> actions,
                               @Nullable AlternativeRoute alternativeRoute, List<Deadline> deadlines, Provenance provenance,
                               List<PartDecision> parts) {
        this(outcome, reasons, actions, alternativeRoute, deadlines, provenance, parts, List.of());
    }

    /**
     * Sorts and copies the lists, and checks that the outcome follows from the reasons.
     *
     * @param outcome the strongest effect among the reasons; not null
     * @param reasons every finding; at least one, no null
     * @param actions what the council must do now; not null, no null; a repeat is dropped
     * @param alternativeRoute where the complaint goes instead: given exactly when the outcome is
     *     {@link Outcome#NOT_ELIGIBLE}, else null
     * @param deadlines the deadlines that start; not null, no null
     * @param provenance what produced it; not null
     * @param parts the decision for each part of a complaint of two or more parts; null is read as
     *     none, as for a complaint of one part
     * @param alternatives what the decision would be if each open fact were settled; null is read as none
     * @throws IllegalArgumentException if a part is missing or a list holds a null, there is no
     *     reason, there is exactly one part's decision, the outcome is not the strongest effect among
     *     the reasons, a route is given with another outcome than not eligible (or none with it), or
     *     an alternative has the decision's own outcome
     */
    public EligibilityDecision {
        if (outcome == null || reasons == null || reasons.isEmpty() || actions == null || deadlines == null
                || hasNull(reasons) || hasNull(actions) || hasNull(deadlines) || provenance == null) {
            throw new IllegalArgumentException("A decision needs an outcome, at least one reason, lists of actions "
                    + "and deadlines without nulls, and its provenance");
        }
        reasons = reasons.stream().sorted().toList();
        actions = actions.stream().distinct().sorted().toList();
        parts = parts == null ? List.of() : List.copyOf(parts);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if (alternatives.stream().anyMatch(a -> a.outcome() == outcome)) {
            throw new IllegalArgumentException("An alternative has another outcome than the decision's own");
        }
        if (parts.size() == 1) {
            throw new IllegalArgumentException("A decision has one part's decision for each part of a complaint of two or more "
                    + "parts, and none for a complaint of one");
        }
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

    /**
     * A decision on a complaint of one part, whose outcome is the strongest effect among {@code
     * reasons}.
     *
     * @param reasons every finding; at least one, no null
     * @param actions what the council must do now; not null, no null
     * @param alternativeRoute where the complaint goes instead: given exactly when the reasons make
     *     it not eligible, else null
     * @param deadlines the deadlines that start; not null, no null
     * @param provenance what produced it; not null
     * @return the decision, never null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static EligibilityDecision of(List<Reason> reasons, List<RequiredAction> actions,
                                         @Nullable AlternativeRoute alternativeRoute, List<Deadline> deadlines, Provenance provenance) {
        Outcome outcome = reasons == null || hasNull(reasons) ? null
                : Effect.strongestOutcome(reasons.stream().map(Reason::effect).toList());
        return new EligibilityDecision(outcome, reasons, actions, alternativeRoute, deadlines, provenance);
    }

    /**
     * This decision with {@code alternatives}: what it would be if each open fact were settled.
     *
     * @param alternatives the alternatives, each with another outcome than this decision's; not null
     * @return the decision with them, otherwise the same
     * @throws IllegalArgumentException if an alternative has this decision's outcome
     * @throws NullPointerException if the list is null or holds a null
     */
    public EligibilityDecision withAlternatives(List<Alternative> alternatives) {
        return new EligibilityDecision(outcome, reasons, actions, alternativeRoute, deadlines, provenance, parts,
                List.copyOf(alternatives));
    }

    /**
     * Whether {@code other} gives the same answer: outcome, reasons, actions, route, deadlines and
     * parts, whatever its provenance.
     *
     * @param other another decision, or null
     * @return whether the answers are the same; false when {@code other} is null
     */
    public boolean sameAnswerAs(@Nullable EligibilityDecision other) {
        return other != null && outcome == other.outcome && reasons.equals(other.reasons) && actions.equals(other.actions)
                && Objects.equals(alternativeRoute, other.alternativeRoute) && deadlines.equals(other.deadlines)
                && parts.equals(other.parts);
    }
}
