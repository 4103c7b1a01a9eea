package org.cscrules.examples;

import static org.cscrules.test.StatuteAssertions.assertThatDecision;
import static org.cscrules.test.StatuteAssertions.assertThatTransition;

import java.time.LocalDate;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Stage;
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
import org.cscrules.test.junit.CscRulesTest;
import org.junit.jupiter.api.Test;

/**
 * The test kit on the real services, as another system's suite would use it: the extension
 * injects them with "today" fixed, and the assertions hold their answers to the statute.
 */
@CscRulesTest(today = "2023-03-01")
class IntakeAgainstTheStatuteTest {

    @Test
    void aLateComplaintIsTheCouncilsToDecide(EligibilityService service) {
        ComplaintRequest late = ComplaintRequest.of(ComplainantRole.PARENT,
                Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12), Representation.inOwnRight(),
                Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                ComplaintDates.of(LocalDate.of(2022, 11, 1), LocalDate.of(2021, 9, 1)));
        assertThatDecision(service.assess(late)).hasOutcome(Outcome.DISCRETION_REQUIRED).hasReason("TIME-LATE")
                .cites("si2006-reg9").requires(RequiredAction.DECIDE_LATE_COMPLAINT)
                .hasDeadline(Timescale.T0_ACKNOWLEDGEMENT, LocalDate.of(2022, 11, 4));
    }

    @Test
    void aStage2ResponseAtStage1IsRefused(ComplaintProcess process) {
        assertThatTransition(process.apply(process.start(LocalDate.of(2022, 12, 12)),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2022, 12, 28))))
                .hasOutcome(TransitionOutcome.REFUSED).leavesTheComplaintAt(Stage.STAGE_1).hasRulings("STAGE-NOT-IN-THIS-STAGE");
        assertThatTransition(process.apply(process.start(LocalDate.of(2022, 12, 12)),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28))))
                .hasOutcome(TransitionOutcome.ALLOWED).leavesTheComplaintAt(Stage.STAGE_1_RESPONDED);
    }
}
