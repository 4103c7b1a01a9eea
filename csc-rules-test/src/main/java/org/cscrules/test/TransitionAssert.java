package org.cscrules.test;

import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Holds a {@link Transition} (the library's ruling on an event) to what the procedure gives. A
 * failure shows the whole transition: its outcome, the stage it leaves the complaint at, every
 * ruling with its rule id, effect and citation, and the deadlines.
 *
 * <p>Not for concurrent use by several threads, like every AssertJ assertion.
 */
public final class TransitionAssert extends AbstractAssert<TransitionAssert, @Nullable Transition> {

    /** @param actual the transition asserted on; may be null, and every assertion then fails saying so */
    TransitionAssert(@Nullable Transition actual) {
        super(actual, TransitionAssert.class);
    }

    /**
     * Asserts the outcome: ALLOWED, DISCRETION_REQUIRED or REFUSED.
     *
     * @param outcome the outcome expected; not null
     * @return this assertion
     * @throws AssertionError if the transition is null, or its outcome is another
     */
    public TransitionAssert hasOutcome(TransitionOutcome outcome) {
        isNotNull();
        if (actual.outcome() != outcome) {
            failWithActualExpectedAndMessage(actual.outcome(), outcome, "%s", "expected the outcome " + outcome + "; was "
                    + actual.outcome() + ".\n" + Describe.transition(actual));
        }
        return this;
    }

    /**
     * Asserts the stage the transition leaves the complaint at (a refused event leaves it where it was).
     *
     * @param stage the stage expected; not null
     * @return this assertion
     * @throws AssertionError if the transition is null, or the stage is another
     */
    public TransitionAssert leavesTheComplaintAt(Stage stage) {
        isNotNull();
        if (actual.state().stage() != stage) {
            failWithActualExpectedAndMessage(actual.state().stage(), stage, "%s", "expected the complaint at " + stage + "; it is at "
                    + actual.state().stage() + ".\n" + Describe.transition(actual));
        }
        return this;
    }

    /**
     * Asserts that the transition's rulings are exactly those of {@code ruleIds}, in any order.
     *
     * @param ruleIds the rule ids expected, e.g. {@code "STAGE-1-RESPONSE"}; not null, nor any id
     * @return this assertion
     * @throws AssertionError if the transition is null, or naming the ids missing and the ids not
     *     expected
     */
    public TransitionAssert hasRulings(String... ruleIds) {
        isNotNull();
        Describe.differentIds("rulings", Arrays.asList(ruleIds), actual.rulings().stream().map(Ruling::ruleId).toList())
                .ifPresent(difference -> failWithMessage("%s", difference + "\n" + Describe.transition(actual)));
        return this;
    }
}
