package org.cscrules.test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.timescale.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Holds an {@link EligibilityDecision} (from the library, or as another system recorded it) to what
 * the statute gives. A failure shows the whole decision: its outcome, every reason with its rule id,
 * effect and citation, the actions and the route, so that the difference can be read at once.
 *
 * <p>Not for concurrent use by several threads, like every AssertJ assertion.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, @Nullable EligibilityDecision> {

    /** @param actual the decision asserted on; may be null, and every assertion then fails saying so */
    DecisionAssert(@Nullable EligibilityDecision actual) {
        super(actual, DecisionAssert.class);
    }

    /**
     * Asserts the outcome.
     *
     * @param outcome the outcome expected; not null
     * @return this assertion
     * @throws AssertionError if the decision is null, or its outcome is another
     */
    public DecisionAssert hasOutcome(Outcome outcome) {
        isNotNull();
        if (actual.outcome() != outcome) {
            failWithActualExpectedAndMessage(actual.outcome(), outcome, "%s", "expected the outcome " + outcome + "; was "
                    + actual.outcome() + ".\n" + Describe.decision(actual));
        }
        return this;
    }

    /**
     * Asserts that the decision's reasons are exactly those of {@code ruleIds}, in any order.
     *
     * @param ruleIds the rule ids expected, e.g. {@code "WHO-E2-PARENT"}; not null, nor any id
     * @return this assertion
     * @throws AssertionError if the decision is null, or naming the ids missing and the ids not
     *     expected
     */
    public DecisionAssert hasReasons(String... ruleIds) {
        isNotNull();
        Describe.differentIds("reasons", Arrays.asList(ruleIds), actual.reasons().stream().map(Reason::ruleId).toList())
                .ifPresent(difference -> failWithMessage("%s", difference + "\n" + Describe.decision(actual)));
        return this;
    }

    /**
     * Asserts that some reason was given by the rule {@code ruleId}.
     *
     * @param ruleId a rule id, e.g. {@code "TIME-IN-TIME"}; not null
     * @return this assertion
     * @throws AssertionError if the decision is null, or no reason has it
     */
    public DecisionAssert hasReason(String ruleId) {
        isNotNull();
        if (actual.reasons().stream().noneMatch(reason -> reason.ruleId().equals(ruleId))) {
            failWithMessage("%s", "expected a reason from the rule " + ruleId + "; there is none.\n" + Describe.decision(actual));
        }
        return this;
    }

    /**
     * Asserts that some reason cites the section {@code lawSectionId} of the library's legal
     * reference ({@code docs/LAW.md}), e.g. {@code "si2006-reg9"} for SI 2006/1738 reg. 9.
     *
     * @param lawSectionId a section id; not null
     * @return this assertion
     * @throws AssertionError if the decision is null, or no reason cites it
     */
    public DecisionAssert cites(String lawSectionId) {
        isNotNull();
        if (actual.reasons().stream().noneMatch(reason -> reason.citation().sections().contains(lawSectionId))) {
            failWithMessage("%s", "expected a reason citing " + lawSectionId + "; none does.\n" + Describe.decision(actual));
        }
        return this;
    }

    /**
     * Asserts that the decision requires each of {@code actions} (and perhaps others).
     *
     * @param actions the actions expected; not null, nor any action
     * @return this assertion
     * @throws AssertionError if the decision is null, or naming the actions missing
     */
    public DecisionAssert requires(RequiredAction... actions) {
        isNotNull();
        Set<RequiredAction> missing = Arrays.stream(actions).filter(action -> !actual.actions().contains(action))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            failWithMessage("%s", "expected the actions " + missing + " too; missing.\n" + Describe.decision(actual));
        }
        return this;
    }

    /**
     * Asserts the alternative route a complaint outside the procedure is sent to.
     *
     * @param route the route expected; null for none
     * @return this assertion
     * @throws AssertionError if the decision is null, or its route is another
     */
    public DecisionAssert routesTo(@Nullable AlternativeRoute route) {
        isNotNull();
        if (actual.alternativeRoute() != route) {
            failWithActualExpectedAndMessage(actual.alternativeRoute(), route, "%s", "expected the route " + route + "; was "
                    + actual.alternativeRoute() + ".\n" + Describe.decision(actual));
        }
        return this;
    }

    /**
     * Asserts the due date of the decision's deadline for {@code timescale} (its ordinary period).
     *
     * @param timescale a timescale; not null
     * @param due the due date expected; not null
     * @return this assertion
     * @throws AssertionError if the decision is null, or has no such deadline, or it is on another date
     */
    public DecisionAssert hasDeadline(Timescale timescale, LocalDate due) {
        isNotNull();
        Optional<Deadline> deadline = Describe.deadline(actual.deadlines(), timescale);
        if (deadline.isEmpty() || !deadline.get().due().equals(due)) {
            failWithActualExpectedAndMessage(deadline.map(Deadline::due).orElse(null), due, "%s", "expected the " + timescale
                    + " deadline on " + due + "; " + deadline.map(d -> "it is on " + d.due() + ", " + d.length()
                            + " working days after " + d.trigger()).orElse("there is none") + ".\n" + Describe.decision(actual));
        }
        return this;
    }

}
