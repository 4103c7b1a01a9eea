package org.cscrules.drl;

import static org.cscrules.drl.Requests.arose;
import static org.cscrules.drl.Requests.decided;
import static org.cscrules.drl.Requests.lateTest;
import static org.cscrules.drl.Requests.of;
import static org.cscrules.drl.Requests.onBehalf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;
import org.cscrules.core.timescale.Deadline;

/**
 * One shared corpus of complaints and journeys that between them meet every point where a setting
 * could matter: discretionary complainants, children of different ages and understanding, late
 * and pre-2018 complaints, care leavers either side of each ceiling, reports to court, and
 * journeys through every stage with extensions, deliveries by post and email, an overdue stage 1,
 * a late request and a decline. {@link #answers} gives everything the library says about them
 * under a policy, provenance aside, so that two policies can be compared answer for answer.
 */
final class Corpus {

    private Corpus() {
    }

    /** The complaints, each named for the reading it exercises. */
    static final List<ComplaintRequest> REQUESTS = requests();

    /** A journey: a complaint received on a day, and the events that follow, in order. */
    record Journey(String name, LocalDate received, List<ProcessEvent> events) {
    }

    /** The journeys. */
    static final List<Journey> JOURNEYS = List.of(
            new Journey("every stage, extended, by post and email", LocalDate.of(2025, 3, 3), List.of(
                    ProcessEvent.stage1Extended(LocalDate.of(2025, 3, 10), 15, "three services involved"),
                    ProcessEvent.responseSent(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2025, 3, 20), Delivery.POST),
                    ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2025, 4, 8)),
                    ProcessEvent.of(EventType.STATEMENT_OF_COMPLAINT_AGREED, LocalDate.of(2025, 4, 15)),
                    ProcessEvent.stage2Extended(LocalDate.of(2025, 5, 1), 70, "records from two schools"),
                    ProcessEvent.of(EventType.INVESTIGATION_REPORT_RECEIVED, LocalDate.of(2025, 5, 20)),
                    ProcessEvent.responseSent(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2025, 5, 28), Delivery.EMAIL),
                    ProcessEvent.of(EventType.STAGE_3_REQUESTED, LocalDate.of(2025, 6, 10)),
                    ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2025, 7, 1)),
                    ProcessEvent.of(EventType.PANEL_REPORT_RECEIVED, LocalDate.of(2025, 7, 4)),
                    ProcessEvent.of(EventType.FINAL_RESPONSE_SENT, LocalDate.of(2025, 7, 21)))),
            new Journey("stage 2 while stage 1 is overdue", LocalDate.of(2025, 9, 1), List.of(
                    ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2025, 9, 22)))),
            new Journey("a review panel asked for once stage 2 is out of time", LocalDate.of(2025, 1, 6), List.of(
                    ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2025, 1, 17)),
                    ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2025, 1, 20)),
                    ProcessEvent.of(EventType.STAGE_3_REQUESTED, LocalDate.of(2025, 6, 2)))),
            new Journey("a late request for stage 2, declined", LocalDate.of(2025, 10, 1), List.of(
                    ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2025, 10, 10)),
                    ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2025, 11, 20)),
                    ProcessEvent.requestDeclined(LocalDate.of(2025, 11, 25), "late, and nothing new"))));

    private static List<ComplaintRequest> requests() {
        ComplaintRequest parent = of(ComplainantRole.PARENT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                ChildStatus.IN_NEED);
        ComplaintRequest grandparent = of(ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD,
                LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED);
        List<ComplaintRequest> requests = new ArrayList<>(List.of(
                parent,
                grandparent,
                decided(grandparent, Suitability.SUITABLE),
                of(ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        ChildStatus.LOOKED_AFTER),
                parent.withCircumstances(Circumstance.ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY),
                parent.withCircumstances(Circumstance.ALREADY_CONSIDERED),
                parent.withCircumstances(Circumstance.INVESTIGATED_BY_OMBUDSMAN),
                parent.withCircumstances(Circumstance.CONCURRENT_COURT_PROCEEDINGS),
                arose(parent, LocalDate.of(2025, 5, 1)),
                lateTest(arose(parent, LocalDate.of(2025, 5, 1)), true, true),
                parent.withDates(ComplaintDates.of(Requests.RECEIVED, LocalDate.of(2025, 5, 1))
                        .withLearnedOfGrounds(LocalDate.of(2026, 6, 1))),
                parent.withSubject(Subject.of(LocalAuthorityFunction.PUBLIC_LAW_COURT_REPORT)),
                parent.withSubject(Subject.of(LocalAuthorityFunction.PRIVATE_LAW_WELFARE_REPORT)),
                onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE)));
        for (ChildViews views : List.of(ChildViews.NOT_SOUGHT, ChildViews.CONSENT_REFUSED)) {
            for (int age : List.of(8, 12, 14, 16)) {
                ComplaintRequest onBehalf = onBehalf(views, Suitability.SUITABLE);
                requests.add(onBehalf.withChild(onBehalf.child().withAge(age)));
            }
            ComplaintRequest young = onBehalf(views, Suitability.SUITABLE);
            requests.add(young.withChild(Child.of(Understanding.NOT_SUFFICIENT, ChildStatus.LOOKED_AFTER).withAge(9)));
        }
        for (LocalDate received : List.of(LocalDate.of(2017, 6, 1), Requests.RECEIVED)) {
            for (int age : List.of(21, 22, 23, 24, 25)) {
                ComplaintRequest careLeaver = of(ComplainantRole.CARE_LEAVER, LocalAuthorityFunction.LEAVING_CARE_SUPPORT,
                        ChildStatus.CARE_LEAVER);
                requests.add(careLeaver.withChild(careLeaver.child().withAge(age))
                        .withDates(ComplaintDates.of(received, received.minusMonths(1))));
            }
        }
        return List.copyOf(requests);
    }

    /** What a decision says, its provenance aside. */
    record Decision(Outcome outcome, List<String> reasons, List<RequiredAction> actions, AlternativeRoute route,
                    List<Deadline> deadlines) {
        static Decision of(EligibilityDecision decision) {
            return new Decision(decision.outcome(), decision.reasons().stream().map(Reason::ruleId).sorted().toList(),
                    decision.actions(), decision.alternativeRoute(), decision.deadlines());
        }
    }

    /** What a step of a journey says, its provenance aside. */
    record Step(TransitionOutcome outcome, List<String> rulings, Stage stage, List<Deadline> deadlines) {
        static Step of(Transition transition) {
            return new Step(transition.outcome(), transition.rulings().stream().map(Ruling::ruleId).sorted().toList(),
                    transition.state().stage(), transition.deadlines());
        }
    }

    /** Everything the library says about the corpus under {@code policy}: one line per request and per step. */
    static List<Object> answers(LocalPolicy policy) {
        List<Object> answers = new ArrayList<>();
        EligibilityService service = EligibilityService.create(policy, Requests.CLOCK);
        service.assessAll(REQUESTS).forEach(decision -> answers.add(Decision.of(decision)));
        ComplaintProcess process = ComplaintProcess.create(policy, Requests.CLOCK);
        for (Journey journey : JOURNEYS) {
            ComplaintState state = process.start(journey.received());
            answers.add(process.deadlines(state));
            for (ProcessEvent event : journey.events()) {
                Transition transition = process.apply(state, event);
                answers.add(Step.of(transition));
                state = transition.state();
            }
        }
        return answers;
    }
}
