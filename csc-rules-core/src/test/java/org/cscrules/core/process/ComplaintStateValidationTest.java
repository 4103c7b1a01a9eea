package org.cscrules.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.core.Fixtures.BASIS;

import org.cscrules.core.timescale.Suspension;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cscrules.core.internal.validation.ModelValidator;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * States that could not have come about, and malformed events, one row each, with the exact
 * violations they must produce; and the states a journey makes, a premature referral to the
 * Ombudsman on the way, which must all be valid.
 */
class ComplaintStateValidationTest {

    private static final ModelValidator VALIDATOR = ModelValidator.create(SampleRequests.CLOCK);
    private static final LocalDate RECEIVED = LocalDate.of(2023, 1, 9);
    private static final ProcessEvent ANY_EVENT = ProcessEvent.of(EventType.WITHDRAWN, LocalDate.of(2023, 6, 1));

    private static LocalDate day(int offset) {
        return RECEIVED.plusDays(offset);
    }

    private static ComplaintState state(Stage stage, Object... typesAndOffsets) {
        Map<EventType, LocalDate> events = new HashMap<>();
        for (int i = 0; i < typesAndOffsets.length; i += 2) {
            events.put((EventType) typesAndOffsets[i], day((Integer) typesAndOffsets[i + 1]));
        }
        return new ComplaintState(stage, RECEIVED, RECEIVED, events, List.of(), Map.of(), BASIS);
    }

    static Stream<Arguments> invalidStates() {
        return Stream.of(
                Arguments.of("a panel without stage 2 or a stage 3 request",
                        state(Stage.PANEL_HELD, EventType.PANEL_HELD, 40),
                        List.of("state.events must include STAGE_2_REQUESTED for stage PANEL_HELD",
                                "state.events must include STAGE_3_REQUESTED for stage PANEL_HELD",
                                "state.events must include STAGE_2_RESPONSE_SENT for stage PANEL_HELD")),
                Arguments.of("stage 1 responded without the response",
                        state(Stage.STAGE_1_RESPONDED),
                        List.of("state.events must include STAGE_1_RESPONSE_SENT for stage STAGE_1_RESPONDED")),
                Arguments.of("an event of a later stage",
                        state(Stage.STAGE_1, EventType.PANEL_HELD, 5),
                        List.of("state.events[PANEL_HELD] cannot have happened in stage STAGE_1")),
                Arguments.of("the stages out of order",
                        state(Stage.STAGE_2_RESPONDED, EventType.STAGE_2_REQUESTED, 30, EventType.STAGE_2_RESPONSE_SENT, 20),
                        List.of("state.events[STAGE_2_RESPONSE_SENT] must not be before the events of the stages before it")),
                Arguments.of("a report before stage 2 was requested",
                        state(Stage.STAGE_2, EventType.STAGE_2_REQUESTED, 30, EventType.INVESTIGATION_REPORT_RECEIVED, 20),
                        List.of("state.events[INVESTIGATION_REPORT_RECEIVED] must not be before stage 2 was requested")),
                Arguments.of("an event before receipt",
                        state(Stage.STAGE_1_RESPONDED, EventType.STAGE_1_RESPONSE_SENT, -1),
                        List.of("state.events[STAGE_1_RESPONSE_SENT] must not be before the date received")),
                Arguments.of("withdrawn, then something else",
                        state(Stage.WITHDRAWN, EventType.WITHDRAWN, 5, EventType.STAGE_1_RESPONSE_SENT, 9),
                        List.of("state.events[WITHDRAWN] must be the last event but a referral to the Ombudsman: it ends the complaint")),
                Arguments.of("withdrawn after a panel that was never asked for",
                        state(Stage.WITHDRAWN, EventType.PANEL_HELD, 5, EventType.WITHDRAWN, 9),
                        List.of("state.events must include STAGE_2_REQUESTED for stage PANEL_HELD",
                                "state.events must include STAGE_2_RESPONSE_SENT for stage PANEL_HELD",
                                "state.events must include STAGE_3_REQUESTED for stage PANEL_HELD")),
                Arguments.of("both withdrawn and resolved",
                        state(Stage.REFERRED_TO_OMBUDSMAN, EventType.WITHDRAWN, 5, EventType.RESOLVED, 6,
                                EventType.REFERRED_TO_OMBUDSMAN, 9),
                        List.of("state.events can include only one of REQUEST_DECLINED, WITHDRAWN and RESOLVED",
                                "state.events[WITHDRAWN] must be the last event but a referral to the Ombudsman: it ends the complaint")),
                Arguments.of("something after the referral that followed the procedure's end",
                        state(Stage.REFERRED_TO_OMBUDSMAN, EventType.RESOLVED, 5, EventType.REFERRED_TO_OMBUDSMAN, 6,
                                EventType.STAGE_1_RESPONSE_SENT, 9),
                        List.of("state.events[REFERRED_TO_OMBUDSMAN] must be the last event once it ended the complaint",
                                "state.events[RESOLVED] must be the last event but a referral to the Ombudsman: it ends the complaint")),
                Arguments.of("an ending event in another stage",
                        state(Stage.STAGE_1, EventType.RESOLVED, 5),
                        List.of("state.events[RESOLVED] cannot have happened in stage STAGE_1")),
                Arguments.of("received before SI 2006/1738 came into force (reg. 1)",
                        new ComplaintState(Stage.STAGE_1, LocalDate.of(2006, 8, 31), LocalDate.of(2006, 8, 31), Map.of(), List.of(),
                                Map.of(), BASIS),
                        List.of("state.received must be on or after 2006-09-01, when SI 2006/1738 came into force (reg. 1); "
                                + "an earlier complaint is not assessed under rules not then in force")),
                Arguments.of("a basis without its parts",
                        new ComplaintState(Stage.STAGE_1, RECEIVED, RECEIVED, Map.of(), List.of(), Map.of(), new DeadlineBasis(null, null, null)),
                        List.of("state.basis.calendarDataUntil must not be null", "state.basis.calendarDataVersion must not be null",
                                "state.basis.policy must not be null")),
                Arguments.of("a basis whose data run outside the calendar",
                        new ComplaintState(Stage.STAGE_1, RECEIVED, RECEIVED, Map.of(), List.of(), Map.of(),
                                new DeadlineBasis(BASIS.policy(), BASIS.calendarDataVersion(), LocalDate.of(1800, 1, 1))),
                        List.of("state.basis.calendarDataUntil must be between 1990-01-01 and 2099-12-31, the working-day calendar's range")),
                Arguments.of("the stage 1 clock before receipt",
                        new ComplaintState(Stage.STAGE_1, RECEIVED, day(-3), Map.of(), List.of(), Map.of(), BASIS),
                        List.of("state.stage1ClockStart must not be before the date received")),
                Arguments.of("an extension that shortens, and a stage 2 extension without stage 2",
                        new ComplaintState(Stage.STAGE_1, RECEIVED, RECEIVED, Map.of(EventType.STAGE_1_EXTENDED, day(3)),
                                List.of(new Extension(Timescale.T2_STAGE_1_RESPONSE, day(2), 18, "r"),
                                        new Extension(Timescale.T2_STAGE_1_RESPONSE, day(3), 15, "r"),
                                        new Extension(Timescale.T6_STAGE_2_RESPONSE, day(3), 30, "r")), Map.of(), BASIS),
                        List.of("state.extensions[1] must be longer than the extension before it",
                                "state.extensions[2] extends stage 2, which was never requested",
                                "state.extensions must match events[STAGE_2_EXTENDED]: the latest extension of its period is "
                                        + "granted the day that event records, and the event has one")),
                Arguments.of("#13's forged extensions: stage 1 extended to 2 working days with no event, stage 2 to 5,000, "
                                + "and an event with no extension",
                        new ComplaintState(Stage.STAGE_2, RECEIVED, RECEIVED, Map.of(EventType.STAGE_1_RESPONSE_SENT, day(5),
                                EventType.STAGE_2_REQUESTED, day(8), EventType.STAGE_2_EXTENDED, day(20)),
                                List.of(new Extension(Timescale.T2_STAGE_1_RESPONSE, day(1), 2, "r"),
                                        new Extension(Timescale.T6_STAGE_2_RESPONSE, day(7), 5000, "r")), Map.of(), BASIS),
                        List.of("state.extensions[0] must be longer than the period's ordinary 10 working days",
                                "state.extensions must match events[STAGE_1_EXTENDED]: the latest extension of its period is "
                                        + "granted the day that event records, and the event has one",
                                "state.extensions[1] must not be longer than 65 working days, the most the basis policy lets "
                                        + "stage 2 be extended to",
                                "state.extensions[1] must not be granted before stage 2 was requested",
                                "state.extensions must match events[STAGE_2_EXTENDED]: the latest extension of its period is "
                                        + "granted the day that event records, and the event has one")),
                Arguments.of("an event after today, an extension granted after today, and a basis whose policy was edited",
                        new ComplaintState(Stage.STAGE_1, RECEIVED, RECEIVED, Map.of(EventType.STAGE_1_EXTENDED, LocalDate.of(2027, 1, 4)),
                                List.of(new Extension(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2027, 1, 4), 15, "r")), Map.of(),
                                new DeadlineBasis(LocalPolicy.builder().acknowledgementWorkingDays(1).build(), BASIS.calendarDataVersion(),
                                        BASIS.calendarDataUntil(), BASIS.policyFingerprint())),
                        List.of("state.events[STAGE_1_EXTENDED].<map value> must be a date in the past or in the present",
                                "state.extensions[0] must not be granted after today",
                                "state.basis.policyFingerprint must be the fingerprint of basis.policy: the policy is not the one "
                                        + "the complaint was counted on (it was edited after it was stored)")),
                Arguments.of("a delivery of something that is not a response, or did not happen",
                        new ComplaintState(Stage.STAGE_1_RESPONDED, RECEIVED, RECEIVED, Map.of(EventType.STAGE_1_RESPONSE_SENT, day(5)),
                                List.of(), Map.of(EventType.PANEL_HELD, Delivery.POST, EventType.STAGE_2_RESPONSE_SENT, Delivery.EMAIL), BASIS),
                        List.of("state.deliveries[PANEL_HELD] must be of a stage 1 or stage 2 response that happened",
                                "state.deliveries[STAGE_2_RESPONSE_SENT] must be of a stage 1 or stage 2 response that happened")),
                Arguments.of("a suspension still open before another, one before receipt, and one before the last ended",
                        new ComplaintState(Stage.STAGE_1, RECEIVED, RECEIVED, Map.of(EventType.CONSIDERATION_SUSPENDED, day(9)),
                                List.of(), Map.of(), BASIS, List.of(new Suspension(day(-2), day(4), true, "r"),
                                        new Suspension(day(3), null, true, "r"), new Suspension(day(9), null, false, "r")), List.of()),
                        List.of("state.suspensions[0] must not begin before the date received, or before the suspension before it ended",
                                "state.suspensions[1] must not begin before the date received, or before the suspension before it ended",
                                "state.suspensions[1] must have resumed: only the last suspension may still be open")),
                Arguments.of("a suspension resumed after today, and one that spans a stage 1 response and a request for stage 2",
                        new ComplaintState(Stage.STAGE_2, RECEIVED, RECEIVED, Map.of(EventType.STAGE_1_RESPONSE_SENT, day(5),
                                EventType.STAGE_2_REQUESTED, day(8)), List.of(), Map.of(), BASIS,
                                List.of(new Suspension(day(1), day(20), true, "r"), new Suspension(day(21), LocalDate.of(2099, 12, 30),
                                        false, "r")), List.of()),
                        List.of("state.suspensions[0] must not span a step of the procedure: nothing but a withdrawal, a "
                                        + "resolution or a referral comes while the whole complaint is suspended",
                                "state.suspensions[1] must not have resumed after today")),
                Arguments.of("an earlier attempt with an event after its re-opening, re-opened before the one before it",
                        new ComplaintState(Stage.STAGE_2, RECEIVED, RECEIVED, Map.of(EventType.STAGE_1_RESPONSE_SENT, day(5),
                                EventType.STAGE_2_REQUESTED, day(30), EventType.STAGE_2_REOPENED, day(30)), List.of(), Map.of(), BASIS,
                                List.of(), List.of(new EarlierAttempt(Stage.STAGE_2, day(20), "r", Map.of(EventType.STAGE_2_REQUESTED, day(21)),
                                        List.of(), Map.of()), new EarlierAttempt(Stage.STAGE_2, day(10), "r", Map.of(), List.of(), Map.of()))),
                        List.of("state.earlierAttempts[0].events must not be after the day the stage was re-opened",
                                "state.earlierAttempts[1] must not be re-opened before the date received, or before the attempt before it")),
                Arguments.of("nothing given",
                        new ComplaintState(null, null, null, null, null, null, null),
                        List.of("state.basis must not be null", "state.deliveries must not be null",
                                "state.events must not be null", "state.extensions must not be null",
                                "state.received must not be null", "state.stage must not be null",
                                "state.stage1ClockStart must not be null")),
                Arguments.of("a null event date, and receipt after the clock's today",
                        new ComplaintState(Stage.STAGE_1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1),
                                new HashMap<>(Map.of(EventType.STAGE_1_EXTENDED, RECEIVED)) {{ put(EventType.STAGE_1_RESPONSE_SENT, null); }},
                                List.of(), Map.of(), BASIS),
                        List.of("state.events[STAGE_1_RESPONSE_SENT].<map value> must not be null",
                                "state.received must be a date in the past or in the present",
                                "state.stage1ClockStart must be a date in the past or in the present")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStates")
    void anImpossibleStateIsRejectedWithEveryReason(String what, ComplaintState state, List<String> expected) {
        assertThat(VALIDATOR.violations(state, ANY_EVENT)).extracting(ComplaintStateValidationTest::line)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                Arguments.of(new ProcessEvent(EventType.STAGE_1_EXTENDED, RECEIVED, null, null, null),
                        List.of("event.extendedToWorkingDays must be between 1 and 260 working days for an extension",
                                "event.reason must be given for an extension, a decline, a suspension or a re-opening: the complainant is told why")),
                Arguments.of(ProcessEvent.requestDeclined(RECEIVED, ""),
                        List.of("event.reason must be given for an extension, a decline, a suspension or a re-opening: the complainant is told why")),
                Arguments.of(ProcessEvent.stage2Extended(RECEIVED, 261, "a slip of the keyboard"),
                        List.of("event.extendedToWorkingDays must be between 1 and 260 working days for an extension")),
                Arguments.of(new ProcessEvent(EventType.PANEL_HELD, RECEIVED, 20, "why", Delivery.POST),
                        List.of("event.delivery must be empty unless the event is a stage 1 or stage 2 response",
                                "event.extendedToWorkingDays must be empty unless the event is an extension",
                                "event.reason must be empty unless the event is an extension, a decline, a suspension or a re-opening")),
                Arguments.of(new ProcessEvent(null, LocalDate.of(2100, 1, 1), null, null, null),
                        List.of("event.type must not be null", "event.date must be a date in the past or in the present",
                                "event.date must be between 1990-01-01 and 2099-12-31, the working-day calendar's range")),
                Arguments.of(null, List.of("event must not be null")));
    }

    @ParameterizedTest
    @MethodSource("invalidEvents")
    void aMalformedEventIsRejectedWithEveryReason(ProcessEvent event, List<String> expected) {
        assertThat(VALIDATOR.violations(ComplaintState.receivedOn(RECEIVED, RECEIVED, BASIS), event)).extracting(ComplaintStateValidationTest::line)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theStatesOfAWholeJourneyAreValid() {
        ComplaintState state = ComplaintState.receivedOn(RECEIVED, RECEIVED, BASIS);
        int offset = 0;
        for (EventType type : List.of(EventType.STAGE_1_RESPONSE_SENT, EventType.REFERRED_TO_OMBUDSMAN, EventType.STAGE_2_REQUESTED,
                EventType.STATEMENT_OF_COMPLAINT_AGREED, EventType.INVESTIGATION_REPORT_RECEIVED, EventType.STAGE_2_RESPONSE_SENT,
                EventType.STAGE_3_REQUESTED, EventType.PANEL_HELD, EventType.PANEL_REPORT_RECEIVED, EventType.FINAL_RESPONSE_SENT,
                EventType.REFERRED_TO_OMBUDSMAN)) {
            state = Events.recorded(state, ProcessEvent.of(type, day(offset += 7)));
            assertThat(VALIDATOR.violations(state, ANY_EVENT)).as("after %s", type).isEmpty();
        }
        assertThat(state.stage()).isEqualTo(Stage.REFERRED_TO_OMBUDSMAN);
        assertThat(state.lastEventDate()).isEqualTo(day(77));
    }

    @Test
    void anEarlierAttemptWithANullIsAClearError() {
        assertThatThrownBy(() -> new EarlierAttempt(Stage.STAGE_2, day(9), "r", Map.of(), java.util.Arrays.asList((Extension) null),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlierAttempt(Stage.STAGE_1, day(9), "r", Map.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachStageIsEnteredByTheEventThatEntersIt() {
        assertThat(Arrays.stream(Stage.values()).filter(s -> s.enteredBy() != null))
                .allSatisfy(stage -> assertThat(stage.enteredBy().entering()).isEqualTo(stage));
        assertThat(Arrays.stream(EventType.values()))
                .allSatisfy(type -> assertThat(type.stage()).as("%s belongs to a stage", type).isNotNull());
    }

    private static String line(Violation violation) {
        return violation.path() + " " + violation.message();
    }
}
