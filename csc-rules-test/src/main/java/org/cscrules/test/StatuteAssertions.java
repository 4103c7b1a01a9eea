package org.cscrules.test;

import java.time.LocalDate;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.Transition;
import org.cscrules.core.timescale.Deadlines;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the kit's assertions, to import statically beside AssertJ's own: a date
 * against the statute's, a decision, a transition.
 *
 * <pre>{@code
 * assertThatDeadline(caseSystem.stage1Due(received)).isDueFor(Timescale.T2_STAGE_1_RESPONSE, received);
 * }</pre>
 */
public final class StatuteAssertions {

    /** The deadlines of the statutory defaults, shared: {@link Deadlines} is immutable and thread-safe. */
    private static final Deadlines STATUTORY = Deadlines.create(LocalPolicy.statutoryDefaults());

    private StatuteAssertions() {
    }

    /**
     * An assertion on a date another system computed as a deadline, counted on the statutory
     * defaults: England and Wales's working days (reg. 2), no closure day. {@link
     * DeadlineAssert#under(LocalPolicy)} counts under a council's policy instead.
     *
     * @param actual the system's date; may be null (the assertion then fails, saying so)
     * @return the assertion; never null
     */
    public static DeadlineAssert assertThatDeadline(@Nullable LocalDate actual) {
        return new DeadlineAssert(actual, STATUTORY);
    }

    /**
     * An assertion on an eligibility decision: its outcome, reasons by rule id or cited section,
     * actions, route and deadlines.
     *
     * @param actual the decision; may be null (the assertion then fails, saying so)
     * @return the assertion; never null
     */
    public static DecisionAssert assertThatDecision(@Nullable EligibilityDecision actual) {
        return new DecisionAssert(actual);
    }

    /**
     * An assertion on the library's ruling on an event: its outcome, the stage it leaves the
     * complaint at, and its rulings by rule id.
     *
     * @param actual the transition; may be null (the assertion then fails, saying so)
     * @return the assertion; never null
     */
    public static TransitionAssert assertThatTransition(@Nullable Transition actual) {
        return new TransitionAssert(actual);
    }
}
