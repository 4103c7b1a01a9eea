package org.cscrules.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.test.StatuteAssertions.assertThatDecision;
import static org.cscrules.test.StatuteAssertions.assertThatTransition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;
import org.cscrules.core.timescale.Timescale;
import org.junit.jupiter.api.Test;

/**
 * The decision and transition assertions on the library's own answers, and on a system that
 * expects the wrong ones (a late complaint taken as eligible; a stage 2 response accepted at stage 1):
 * each failure message is checked word for word.
 */
class DecisionAssertTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final EligibilityService SERVICE = EligibilityService.create(LocalPolicy.statutoryDefaults(), CLOCK);
    private static final ComplaintProcess PROCESS = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), CLOCK);

    /** A parent of a child in need, complaining of delay 14 months after it began: late under reg. 9. */
    private static final ComplaintRequest LATE = ComplaintRequest.of(ComplainantRole.PARENT,
            Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12), Representation.inOwnRight(),
            Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
            ComplaintDates.of(LocalDate.of(2022, 11, 1), LocalDate.of(2021, 9, 1)));

    @Test
    void theLibrarysOwnAnswersPass() {
        EligibilityDecision decision = SERVICE.assess(LATE);
        assertThatDecision(decision).hasOutcome(Outcome.DISCRETION_REQUIRED).hasReason("WHO-E2-PARENT").cites("si2006-reg9")
                .hasDeadline(Timescale.T0_ACKNOWLEDGEMENT, LocalDate.of(2022, 11, 4)).routesTo(null);
        Transition transition = PROCESS.apply(PROCESS.start(LocalDate.of(2022, 12, 12)),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28)));
        assertThatTransition(transition).hasOutcome(TransitionOutcome.ALLOWED).leavesTheComplaintAt(Stage.STAGE_1_RESPONDED);
    }

    @Test
    void aSystemThatTakesALateComplaintAsEligibleIsShownTheWholeDecision() {
        assertThatThrownBy(() -> assertThatDecision(SERVICE.assess(LATE)).hasOutcome(Outcome.ELIGIBLE)).hasMessage(LATE_MESSAGE);
    }

    @Test
    void aSystemThatSendsStage2AtStage1IsShownTheRuling() {
        Transition refused = PROCESS.apply(PROCESS.start(LocalDate.of(2022, 12, 12)),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2022, 12, 28)));
        assertThatThrownBy(() -> assertThatTransition(refused).hasOutcome(TransitionOutcome.ALLOWED)).hasMessage(REFUSED_MESSAGE);
    }

    @Test
    void missingAndUnexpectedIdsAndActionsAreNamed() {
        EligibilityDecision decision = SERVICE.assess(LATE);
        assertThatThrownBy(() -> assertThatDecision(decision).hasReasons("WHO-E2-PARENT", "TIME-IN-TIME"))
                .hasMessageStartingWith("expected the reasons [TIME-IN-TIME, WHO-E2-PARENT]; missing [TIME-IN-TIME], not expected [");
        assertThatThrownBy(() -> assertThatDecision(decision).requires(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE))
                .hasMessageStartingWith("expected the actions [REFER_TO_ALTERNATIVE_ROUTE] too; missing.");
        assertThatThrownBy(() -> assertThatDecision(decision).hasDeadline(Timescale.T0_ACKNOWLEDGEMENT, LocalDate.of(2022, 11, 3)))
                .hasMessageStartingWith("expected the T0_ACKNOWLEDGEMENT deadline on 2022-11-03; it is on 2022-11-04, 3 working days "
                        + "after 2022-11-01.");
        assertThatThrownBy(() -> assertThatDecision(null).hasOutcome(Outcome.ELIGIBLE)).isInstanceOf(AssertionError.class);
    }

    private static final String LATE_MESSAGE = "expected the outcome ELIGIBLE; was DISCRETION_REQUIRED.\n"
            + "The decision: DISCRETION_REQUIRED\n"
            + "  reasons: TIME-LATE (DISCRETION_REQUIRED; SI 2006/1738 reg. 9), WHO-E2-PARENT (ELIGIBLE; Children Act 1989 s26(3)(b); Children Act 1989 s26(3A)(a)), ACT-ACKNOWLEDGE (NEUTRAL; LocalPolicy.acknowledgementWorkingDays; SI 2006/1738 reg. 10(c)), TIME-LATE-PRESUMPTION (NEUTRAL; Getting the Best from Complaints para. 3.3.1; LocalPolicy.lateComplaintPresumption)\n"
            + "  actions: DECIDE_LATE_COMPLAINT, ACKNOWLEDGE_RECEIPT\n"
            + "  route: none\n"
            + "  deadlines: T14_COMPLAINT_TIME_LIMIT DUE 2022-09-01, T0_ACKNOWLEDGEMENT DUE 2022-11-04, T2_STAGE_1_RESPONSE DUE 2022-11-15, T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2022-11-29";
    private static final String REFUSED_MESSAGE = "expected the outcome ALLOWED; was REFUSED.\n"
            + "The transition: REFUSED, leaving the complaint at STAGE_1\n"
            + "  rulings: STAGE-NOT-IN-THIS-STAGE (REFUSED; the library's procedural rule on the order of events)\n"
            + "  deadlines: T2_STAGE_1_RESPONSE DUE 2022-12-28, T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2023-01-12";
}
