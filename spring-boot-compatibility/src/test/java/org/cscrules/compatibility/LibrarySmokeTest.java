package org.cscrules.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.audit.JourneyReplay;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.policy.LocalPolicy;
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
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.Test;

/**
 * The library itself, with no Spring in the way, on the versions this Boot's dependency management
 * chooses for it (Hibernate Validator, Jakarta Validation, Jackson 2, SLF4J, and Drools' own
 * dependencies): an assessment, a journey from stage 1 into stage 2, and the replay of each from JSON.
 */
class LibrarySmokeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T10:00:00Z"), ZoneId.of("Europe/London"));

    /** The README's parent of a child in need, complaining of delay. */
    static final ComplaintRequest PARENT = ComplaintRequest.of(ComplainantRole.PARENT,
            Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12), Representation.inOwnRight(),
            Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
            ComplaintDates.of(LocalDate.of(2022, 9, 12), LocalDate.of(2022, 8, 1)));

    @Test
    void anAssessmentIsMadeValidatedAndReplayedFromJson() {
        EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), CLOCK);
        EligibilityDecision decision = service.assess(PARENT);
        assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decision.reasons()).extracting(reason -> reason.ruleId()).contains("WHO-E2-PARENT", "TIME-IN-TIME");
        assertThat(decision.deadlines()).isNotEmpty();

        ComplaintRequest invalid = ComplaintRequest.of(ComplainantRole.PARENT,
                Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12), Representation.inOwnRight(),
                Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                ComplaintDates.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 12)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.assess(invalid))
                .as("Hibernate Validator runs the model's constraints").isInstanceOf(InvalidRequestException.class);

        String json = CscRulesJson.write(new DecisionRecord(PARENT, decision));
        Replay replay = EligibilityService.replay(CscRulesJson.read(json, DecisionRecord.class));
        assertThat(replay.equal()).as(replay.explanation()).isTrue();
    }

    @Test
    void aJourneyRunsIntoStage2AndReplaysFromJson() {
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), CLOCK);
        JourneyRecord journey = process.begin(process.start(LocalDate.of(2022, 12, 12)));
        journey = process.record(journey, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28)));
        journey = process.record(journey, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2023, 1, 16)));
        assertThat(journey.steps()).extracting(step -> step.transition().outcome())
                .containsExactly(TransitionOutcome.ALLOWED, TransitionOutcome.ALLOWED);
        assertThat(journey.current().stage()).isEqualTo(Stage.STAGE_2);

        JourneyReplay replay = ComplaintProcess.replay(CscRulesJson.read(CscRulesJson.write(journey), JourneyRecord.class));
        assertThat(replay.equal()).as(replay.explanation()).isTrue();
    }
}
