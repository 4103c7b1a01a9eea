package org.cscrules.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.test.StatuteAssertions.assertThatDecision;
import static org.cscrules.test.StatuteAssertions.assertThatTransition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.timescale.Deadlines;
import org.junit.jupiter.api.Test;

/**
 * The decision and transition assertions, on answers built as the library gives them (the kit's
 * tests run without the rules engine; the examples module runs the kit on the real services): a
 * system that takes a late complaint as eligible, and one that sends a stage 2 response at stage 1.
 * Each failure message is checked word for word.
 */
class DecisionAssertTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalPolicy DEFAULTS = LocalPolicy.statutoryDefaults();
    private static final Deadlines DEADLINES = Deadlines.create(DEFAULTS);
    private static final Provenance PROVENANCE = Provenance.now("sha256:0123456789abcdef", DEFAULTS.calendar(), DEFAULTS, CLOCK);
    private static final LocalDate RECEIVED = LocalDate.of(2022, 11, 1);

    /** A parent's complaint of delay, made 14 months after it began: late (reg. 9), for the council to decide. */
    private static final EligibilityDecision LATE = EligibilityDecision.of(List.of(
                    new Reason("TIME-LATE", Effect.DISCRETION_REQUIRED, "Made more than a year after the grounds arose.",
                            Citation.secondary("{si2006-reg9}"), Basis.STATUTE),
                    new Reason("WHO-E2-PARENT", Effect.ELIGIBLE, "A parent of the child.", Citation.verified("{ca1989-s26}(3)(b)"),
                            Basis.STATUTE)),
            List.of(RequiredAction.DECIDE_LATE_COMPLAINT, RequiredAction.ACKNOWLEDGE_RECEIPT), null,
            List.of(DEADLINES.due(Timescale.T0_ACKNOWLEDGEMENT, RECEIVED), DEADLINES.due(Timescale.T2_STAGE_1_RESPONSE, RECEIVED)),
            PROVENANCE);

    /** A stage 2 response sent while the complaint is at stage 1: refused, the complaint left where it was. */
    private static final Transition REFUSED = new Transition(TransitionOutcome.REFUSED, List.of(new Ruling("STAGE-NOT-IN-THIS-STAGE",
            TransitionOutcome.REFUSED, "Not an event of this stage.", Citation.unverified("{procedure-stage-order}"),
            Basis.LIBRARY_PROCEDURE)), ComplaintState.receivedOn(RECEIVED, RECEIVED, DeadlineBasis.of(DEFAULTS, RECEIVED)),
            List.of(DEADLINES.due(Timescale.T2_STAGE_1_RESPONSE, RECEIVED)), PROVENANCE);

    @Test
    void theRightAnswersPass() {
        assertThatDecision(LATE).hasOutcome(Outcome.DISCRETION_REQUIRED).hasReasons("WHO-E2-PARENT", "TIME-LATE")
                .hasReason("WHO-E2-PARENT").cites("si2006-reg9").requires(RequiredAction.DECIDE_LATE_COMPLAINT)
                .hasDeadline(Timescale.T0_ACKNOWLEDGEMENT, LocalDate.of(2022, 11, 4)).routesTo(null);
        assertThatTransition(REFUSED).hasOutcome(TransitionOutcome.REFUSED).leavesTheComplaintAt(Stage.STAGE_1)
                .hasRulings("STAGE-NOT-IN-THIS-STAGE");
    }

    @Test
    void aSystemThatTakesALateComplaintAsEligibleIsShownTheWholeDecision() {
        assertThatThrownBy(() -> assertThatDecision(LATE).hasOutcome(Outcome.ELIGIBLE)).hasMessage(LATE_MESSAGE);
    }

    @Test
    void aSystemThatSendsStage2AtStage1IsShownTheRuling() {
        assertThatThrownBy(() -> assertThatTransition(REFUSED).hasOutcome(TransitionOutcome.ALLOWED)).hasMessage(REFUSED_MESSAGE);
        assertThatThrownBy(() -> assertThatTransition(REFUSED).leavesTheComplaintAt(Stage.STAGE_2))
                .hasMessageStartingWith("expected the complaint at STAGE_2; it is at STAGE_1.\nThe transition: REFUSED");
    }

    @Test
    void missingAndUnexpectedIdsAndActionsAreNamed() {
        assertThatThrownBy(() -> assertThatDecision(LATE).hasReasons("WHO-E2-PARENT", "TIME-IN-TIME"))
                .hasMessageStartingWith("expected the reasons [TIME-IN-TIME, WHO-E2-PARENT]; missing [TIME-IN-TIME], not expected "
                        + "[TIME-LATE].\nThe decision: DISCRETION_REQUIRED");
        assertThatThrownBy(() -> assertThatDecision(LATE).requires(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE))
                .hasMessageStartingWith("expected the actions [REFER_TO_ALTERNATIVE_ROUTE] too; missing.");
        assertThatThrownBy(() -> assertThatDecision(LATE).cites("ca1989-s26a"))
                .hasMessageStartingWith("expected a reason citing ca1989-s26a; none does.");
        assertThatThrownBy(() -> assertThatDecision(LATE).hasDeadline(Timescale.T0_ACKNOWLEDGEMENT, LocalDate.of(2022, 11, 3)))
                .hasMessageStartingWith("expected the T0_ACKNOWLEDGEMENT deadline on 2022-11-03; it is on 2022-11-04, 3 working days "
                        + "after 2022-11-01.");
        assertThatThrownBy(() -> assertThatTransition(REFUSED).hasRulings("STAGE-2-RESPONSE"))
                .hasMessageStartingWith("expected the rulings [STAGE-2-RESPONSE]; missing [STAGE-2-RESPONSE], not expected "
                        + "[STAGE-NOT-IN-THIS-STAGE].");
        assertThatThrownBy(() -> assertThatDecision(null).hasOutcome(Outcome.ELIGIBLE)).isInstanceOf(AssertionError.class);
    }

    private static final String LATE_MESSAGE = "expected the outcome ELIGIBLE; was DISCRETION_REQUIRED.\n"
            + "The decision: DISCRETION_REQUIRED\n"
            + "  reasons: TIME-LATE (DISCRETION_REQUIRED; SI 2006/1738 reg. 9), WHO-E2-PARENT (ELIGIBLE; Children Act 1989 s26(3)(b))\n"
            + "  actions: DECIDE_LATE_COMPLAINT, ACKNOWLEDGE_RECEIPT\n"
            + "  route: none\n"
            + "  deadlines: T0_ACKNOWLEDGEMENT DUE 2022-11-04, T2_STAGE_1_RESPONSE DUE 2022-11-15";
    private static final String REFUSED_MESSAGE = "expected the outcome ALLOWED; was REFUSED.\n"
            + "The transition: REFUSED, leaving the complaint at STAGE_1\n"
            + "  rulings: STAGE-NOT-IN-THIS-STAGE (REFUSED; the library's procedural rule on the order of events)\n"
            + "  deadlines: T2_STAGE_1_RESPONSE DUE 2022-11-15";
}
