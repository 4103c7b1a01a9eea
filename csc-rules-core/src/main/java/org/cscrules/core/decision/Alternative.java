package org.cscrules.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cscrules.core.law.Citation;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.OpenFact;
import org.jspecify.annotations.Nullable;

/**
 * What a decision would be if one open fact of its request, or two together, were settled: the
 * outcome, the route where it is not eligible, and the reasons it would add, each with its
 * citation. "ELIGIBLE if the council decides the complainant has a sufficient interest in the
 * child's welfare (SI 2006/1738 reg. 12)". A decision lists these only on request ({@code
 * EligibilityService.assessWithAlternatives}), before the council decides anything: the answer each
 * decision would lead to, never a recommendation of one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param changes the facts settled, one or two, in the order applied
 * @param outcome the outcome the request would then have; never the decision's own
 * @param alternativeRoute where the complaint would go instead, given exactly when {@code outcome} is
 *     {@link Outcome#NOT_ELIGIBLE}
 * @param reasons the reasons the answer would give that the decision does not, sorted; each cites its
 *     provision
 * @param text the alternative in one sentence, with the provisions of the facts settled: "ELIGIBLE if
 *     the council decides ... (SI 2006/1738 reg. 12)"
 */
public record Alternative(List<Change> changes, Outcome outcome, @Nullable AlternativeRoute alternativeRoute, List<Reason> reasons,
                          String text) {

    /**
     * One open fact given one value.
     *
     * @param fact the fact
     * @param value the value, one of the fact's alternatives (a constant's name, or {@code true} or {@code false})
     * @param condition what the value means, as the fact describes it: the words after "if"
     * @param citation the provision the fact rests on, the fact's own
     */
    public record Change(OpenFact fact, String value, String condition, Citation citation) {

        /**
         * Checks the condition and the citation are the fact's own.
         *
         * @param fact the fact; not null
         * @param value the value; not null
         * @param condition the fact's description of the value; not null
         * @param citation the fact's citation; not null
         * @throws IllegalArgumentException if an argument is null, or the condition or the citation is
         *     not the fact's
         */
        public Change {
            if (fact == null || value == null || condition == null || !condition.equals(fact.describe(value))
                    || !fact.citation().equals(citation)) {
                throw new IllegalArgumentException("A change names a fact, a value, and the fact's description of it and citation");
            }
        }

        /**
         * The fact given the value.
         *
         * @param fact the fact; not null
         * @param value one of its values; not null
         * @return the change, with the fact's description of the value
         * @throws IllegalArgumentException if an argument is null or the value is not one of the fact's
         */
        public static Change of(OpenFact fact, String value) {
            if (fact == null || value == null) {
                throw new IllegalArgumentException("A change names a fact and a value");
            }
            return new Change(fact, value, fact.describe(value), fact.citation());
        }
    }

    /**
     * Copies the lists and checks the alternative is whole.
     *
     * @param changes one or two changes, of different facts; not null
     * @param outcome the outcome; not null
     * @param alternativeRoute the route, given exactly when the outcome is not eligible
     * @param reasons the added reasons; not null, no null
     * @param text the sentence {@link #of} makes of the rest
     * @throws IllegalArgumentException if an argument is missing, there are not one or two changes of
     *     different facts, the route does not match the outcome, or the text is not the sentence of the rest
     * @throws NullPointerException if a list holds a null
     */
    public Alternative {
        if (changes == null || outcome == null || reasons == null || changes.isEmpty() || changes.size() > 2
                || changes.stream().map(Change::fact).distinct().count() != changes.size()) {
            throw new IllegalArgumentException("An alternative settles one or two open facts, each once, and has an outcome");
        }
        if ((outcome == Outcome.NOT_ELIGIBLE) != (alternativeRoute != null)) {
            throw new IllegalArgumentException("An alternative that is not eligible, and only such an alternative, names a route");
        }
        changes = List.copyOf(changes);
        reasons = reasons.stream().sorted().toList();
        if (!sentence(changes, outcome).equals(text)) {
            throw new IllegalArgumentException("An alternative's text is the sentence of its outcome and changes");
        }
    }

    /**
     * An alternative, its text made from its outcome and changes.
     *
     * @param changes one or two changes, of different facts
     * @param outcome the outcome
     * @param alternativeRoute the route, given exactly when the outcome is not eligible
     * @param reasons the added reasons
     * @return the alternative
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public static Alternative of(List<Change> changes, Outcome outcome, @Nullable AlternativeRoute alternativeRoute,
                                 List<Reason> reasons) {
        if (changes == null || outcome == null) {
            throw new IllegalArgumentException("An alternative settles one or two open facts, each once, and has an outcome");
        }
        return new Alternative(changes, outcome, alternativeRoute, reasons, sentence(changes, outcome));
    }

    private static String sentence(List<Change> changes, Outcome outcome) {
        return outcome + " if " + changes.stream().map(c -> c.condition() + " (" + c.citation().reference() + ")")
                .collect(Collectors.joining(" and "));
    }

    /**
     * {@code request} with these changes applied, in order: the request whose assessment this
     * alternative reports.
     *
     * @param request the request the decision was on; not null
     * @param decidedOn the day a finding the changes need is taken to be made (the decision's day)
     * @return the changed request
     * @throws IllegalArgumentException if a change's fact is not open in the request as it then is
     */
    public ComplaintRequest applyTo(ComplaintRequest request, LocalDate decidedOn) {
        ComplaintRequest changed = request;
        for (Change change : changes) {
            changed = change.fact().apply(changed, change.value(), decidedOn);
        }
        return changed;
    }

    /**
     * The citations the alternative rests on: each fact's, then each added reason's.
     *
     * @return the citations, never null
     */
    public List<Citation> citations() {
        return java.util.stream.Stream.concat(changes.stream().map(Change::citation),
                reasons.stream().map(Reason::citation)).toList();
    }
}
