package org.cscrules.core.process;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.cscrules.core.internal.constraint.Checks;
import org.cscrules.core.internal.constraint.InCalendarRange;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.timescale.Suspension;

/**
 * The state could have come about: the stage 1 clock starts on or after receipt; every event is
 * on or after receipt; the events that move a complaint from stage to stage happened in the
 * procedure's order, and every one the stage (or, for an ended complaint, the furthest stage it
 * reached) needs happened; nothing from a later stage has; a withdrawal or resolution ends only its
 * own stage and comes last but for a referral to the Ombudsman, which may come at any time and
 * comes last once the procedure has ended; extensions lengthen their period.
 */
@Documented
@Constraint(validatedBy = ValidComplaintState.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidComplaintState {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidComplaintState, ComplaintState> {

        /** The events that move a complaint from stage to stage, in the procedure's order. */
        private static final List<EventType> CHAIN = List.of(EventType.STAGE_1_RESPONSE_SENT, EventType.STAGE_2_REQUESTED,
                EventType.STAGE_2_RESPONSE_SENT, EventType.STAGE_3_REQUESTED, EventType.PANEL_HELD,
                EventType.PANEL_REPORT_RECEIVED, EventType.FINAL_RESPONSE_SENT);

        @Override
        public boolean isValid(ComplaintState state, ConstraintValidatorContext context) {
            if (state == null || state.stage() == null || state.received() == null || state.events() == null
                    || state.extensions() == null || state.deliveries() == null || state.events().containsKey(null)
                    || state.events().containsValue(null) || state.extensions().contains(null)
                    || hasNull(state.suspensions()) || hasNull(state.earlierAttempts())) {
                return true; // left to @NotNull
            }
            Checks checks = new Checks(context);
            LocalDate received = state.received();
            Map<EventType, LocalDate> events = state.events();
            checks.underTheRegulations(received, "received");
            DeadlineBasis basis = state.basis();
            if (basis != null) { // a missing basis is left to @NotNull; its parts are checked here, cheaper than a cascade
                checks.require(basis.policy() != null, "basis.policy", "must not be null")
                        .require(basis.calendarDataVersion() != null, "basis.calendarDataVersion", "must not be null")
                        .require(basis.calendarDataUntil() != null, "basis.calendarDataUntil", "must not be null")
                        .require(InCalendarRange.Validator.inRange(basis.calendarDataUntil()), "basis.calendarDataUntil",
                                InCalendarRange.Validator.RANGE_MESSAGE)
                        .require(basis.policyFingerprint() == null || basis.policy() == null
                                        || basis.policyFingerprint().equals(basis.policy().fingerprint()), "basis.policyFingerprint",
                                "must be the fingerprint of basis.policy: the policy is not the one the complaint was counted "
                                        + "on (it was edited after it was stored)");
            }
            checks.require(state.stage1ClockStart() == null || !state.stage1ClockStart().isBefore(received),
                    "stage1ClockStart", "must not be before the date received");
            events.forEach((type, date) -> checks.require(!date.isBefore(received), "events[" + type + "]",
                    "must not be before the date received"));
            checkOrder(state.stage(), events, checks);
            checkStage(state, checks);
            if (!state.extensions().isEmpty() || events.containsKey(EventType.STAGE_1_EXTENDED)
                    || events.containsKey(EventType.STAGE_2_EXTENDED)) {
                checkExtensions(state, LocalDate.now(context.getClockProvider().getClock()), checks);
            }
            if (!state.suspensions().isEmpty()) {
                checkSuspensions(state, LocalDate.now(context.getClockProvider().getClock()), checks);
            }
            checkEarlierAttempts(state, checks);
            state.deliveries().keySet().forEach(type -> checks.require(type != null && type.opensWindow()
                    && events.containsKey(type), "deliveries[" + type + "]", "must be of a stage 1 or stage 2 response that happened"));
            return checks.valid();
        }

        /** Stage-moving events in order; events within a stage inside it; an ending event last. */
        private static void checkOrder(Stage stage, Map<EventType, LocalDate> events, Checks checks) {
            LocalDate previous = null;
            for (EventType type : CHAIN) {
                LocalDate date = events.get(type);
                if (date != null) {
                    checks.require(previous == null || !date.isBefore(previous), "events[" + type + "]",
                            "must not be before the events of the stages before it");
                    previous = date;
                }
            }
            LocalDate stage2Requested = events.get(EventType.STAGE_2_REQUESTED);
            LocalDate stage2Response = events.get(EventType.STAGE_2_RESPONSE_SENT);
            for (EventType type : List.of(EventType.STATEMENT_OF_COMPLAINT_AGREED, EventType.INDEPENDENT_PERSON_APPOINTED,
                    EventType.INDEPENDENT_PERSON_REPORT_RECEIVED, EventType.STAGE_2_EXTENDED, EventType.INVESTIGATION_REPORT_RECEIVED)) {
                LocalDate date = events.get(type);
                checks.require(date == null || stage2Requested == null || !date.isBefore(stage2Requested),
                        "events[" + type + "]", "must not be before stage 2 was requested");
                checks.require(date == null || stage2Response == null || !date.isAfter(stage2Response),
                        "events[" + type + "]", "must not be after the stage 2 response");
            }
            LocalDate stage1Extended = events.get(EventType.STAGE_1_EXTENDED);
            LocalDate stage1Ended = events.getOrDefault(EventType.STAGE_1_RESPONSE_SENT, stage2Requested);
            checks.require(stage1Extended == null || stage1Ended == null || !stage1Extended.isAfter(stage1Ended),
                    "events[" + EventType.STAGE_1_EXTENDED + "]", "must not be after stage 1 ended");
            LocalDate referred = events.get(EventType.REFERRED_TO_OMBUDSMAN);
            for (EventType ending : List.of(EventType.REQUEST_DECLINED, EventType.WITHDRAWN, EventType.RESOLVED)) {
                LocalDate endedOn = events.get(ending);
                if (endedOn != null) {
                    boolean last = events.entrySet().stream().noneMatch(e -> e.getValue().isAfter(endedOn)
                            && e.getKey() != EventType.REFERRED_TO_OMBUDSMAN);
                    checks.require(last, "events[" + ending + "]", "must be the last event but a referral to the "
                            + "Ombudsman: it ends the complaint");
                }
            }
            if (stage == Stage.REFERRED_TO_OMBUDSMAN && referred != null) {
                boolean last = events.values().stream().noneMatch(date -> date.isAfter(referred));
                checks.require(last, "events[" + EventType.REFERRED_TO_OMBUDSMAN + "]",
                        "must be the last event once it ended the complaint");
            }
        }

        /**
         * The stage's own events, and the events it needs, are there; nothing from a later stage is.
         * An ended complaint needs the events of the furthest stage it reached.
         */
        private static void checkStage(ComplaintState state, Checks checks) {
            Stage stage = state.stage();
            Stage furthest = Stage.STAGE_1;
            for (EventType type : state.events().keySet()) {
                if (type == EventType.REFERRED_TO_OMBUDSMAN) {
                    continue; // at any time: premature before the procedure ends, and then recorded in its stage
                }
                boolean belongs = type.isEnding()
                        ? type.stage() == stage || stage == Stage.REFERRED_TO_OMBUDSMAN
                        : stage.isEnded() || type.stage().ordinal() <= stage.ordinal();
                checks.require(belongs, "events[" + type + "]", "cannot have happened in stage " + stage);
                if (!type.isEnding() && type.stage().ordinal() > furthest.ordinal()) {
                    furthest = type.stage();
                }
            }
            long endings = Stream.of(EventType.REQUEST_DECLINED, EventType.WITHDRAWN, EventType.RESOLVED)
                    .filter(state.events()::containsKey).count();
            checks.require(endings <= 1, "events", "can include only one of REQUEST_DECLINED, WITHDRAWN and RESOLVED");
            if (stage.isEnded()) {
                checks.require(state.events().containsKey(stage.enteredBy()), "events",
                        "must include " + stage.enteredBy() + " for stage " + stage);
            }
            Stage reached = stage.isEnded() ? furthest : stage;
            for (Stage earlier : Stage.values()) {
                boolean needed = earlier.enteredBy() != null && !earlier.isEnded() && earlier.ordinal() <= reached.ordinal()
                        && (earlier != Stage.STAGE_1_RESPONDED || reached == Stage.STAGE_1_RESPONDED)
                        && (earlier != Stage.STAGE_2_RESPONDED || reached == Stage.STAGE_2_RESPONDED || !panelWhenStage2Overdue(state));
                checks.require(!needed || state.events().containsKey(earlier.enteredBy()), "events",
                        "must include " + earlier.enteredBy() + " for stage " + reached);
            }
        }

        /**
         * Whether the policy the state is counted on lets a complainant ask for a review panel once
         * stage 2 is out of time, so that a panel may follow stage 2 with no stage 2 response.
         */
        private static boolean panelWhenStage2Overdue(ComplaintState state) {
            return state.basis() != null && state.basis().policy() != null && state.basis().policy().stage3WhenStage2Overdue();
        }

        /** Whether {@code list} holds a null: without a stream, as every apply validates its state. */
        private static boolean hasNull(List<?> list) {
            for (Object element : list) {
                if (element == null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Suspensions follow one another, each after receipt and after the one before resumed, none
         * resumed after today; only the last may still be open; no step of the procedure comes while
         * the whole complaint is suspended.
         */
        private static void checkSuspensions(ComplaintState state, LocalDate today, Checks checks) {
            LocalDate previous = state.received();
            for (int i = 0; i < state.suspensions().size(); i++) {
                Suspension suspension = state.suspensions().get(i);
                String path = "suspensions[" + i + "]";
                checks.require(suspension.isOpen() || !suspension.resumed().isAfter(today), path,
                        "must not have resumed after today");
                checks.require(!suspension.whole() || !stepWhile(state.events(), suspension), path,
                        "must not span a step of the procedure: nothing but a withdrawal, a resolution or a referral "
                                + "comes while the whole complaint is suspended");
                checks.require(!suspension.suspended().isBefore(previous), path,
                        "must not begin before the date received, or before the suspension before it ended");
                checks.require(!suspension.isOpen() || i == state.suspensions().size() - 1, path,
                        "must have resumed: only the last suspension may still be open");
                checks.require(InCalendarRange.Validator.inRange(suspension.suspended())
                        && (suspension.isOpen() || InCalendarRange.Validator.inRange(suspension.resumed())), path,
                        InCalendarRange.Validator.RANGE_MESSAGE);
                previous = suspension.isOpen() ? suspension.suspended() : suspension.resumed();
            }
        }

        /** Whether a step of the procedure among {@code events} came strictly while {@code suspension} lasted. */
        private static boolean stepWhile(Map<EventType, LocalDate> events, Suspension suspension) {
            LocalDate until = suspension.isOpen() ? LocalDate.MAX : suspension.resumed();
            for (Map.Entry<EventType, LocalDate> event : events.entrySet()) {
                if (!mayComeWhileSuspended(event.getKey()) && event.getValue().isAfter(suspension.suspended())
                        && event.getValue().isBefore(until)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code type} may come while the whole complaint is suspended. */
        private static boolean mayComeWhileSuspended(EventType type) {
            return type.isSuspension() || type == EventType.CONSIDERATION_RESUMED || type == EventType.WITHDRAWN
                    || type == EventType.RESOLVED || type == EventType.REFERRED_TO_OMBUDSMAN;
        }

        /** Earlier attempts follow one another after receipt, and none holds an event after its re-opening. */
        private static void checkEarlierAttempts(ComplaintState state, Checks checks) {
            LocalDate previous = state.received();
            for (int i = 0; i < state.earlierAttempts().size(); i++) {
                EarlierAttempt attempt = state.earlierAttempts().get(i);
                String path = "earlierAttempts[" + i + "]";
                checks.require(!attempt.reopened().isBefore(previous), path,
                        "must not be re-opened before the date received, or before the attempt before it");
                checks.require(attempt.events().values().stream().noneMatch(date -> date == null || date.isAfter(attempt.reopened())),
                        path + ".events", "must not be after the day the stage was re-opened");
                checks.require(InCalendarRange.Validator.inRange(attempt.reopened()), path + ".reopened",
                        InCalendarRange.Validator.RANGE_MESSAGE);
                previous = attempt.reopened();
            }
        }

        /**
         * Each extension is granted on or after receipt (stage 2's on or after its request) and by
         * today; it lengthens its period beyond the ordinary length or the extension before, and no
         * further than the basis policy lets it (reg. 14's 20 working days or the council's cap;
         * reg. 17's 65, or the model's longest where the council treats 65 as a target); and the
         * latest of each period is the one its event records, which has one.
         */
        private static void checkExtensions(ComplaintState state, LocalDate today, Checks checks) {
            LocalPolicy policy = state.basis() == null ? null : state.basis().policy();
            int stage1Length = Timescale.T2_STAGE_1_RESPONSE.length();
            int stage2Length = Timescale.T6_STAGE_2_RESPONSE.length();
            LocalDate lastStage1 = null;
            LocalDate lastStage2 = null;
            LocalDate stage2Requested = state.events().get(EventType.STAGE_2_REQUESTED);
            for (int i = 0; i < state.extensions().size(); i++) {
                Extension extension = state.extensions().get(i);
                String path = "extensions[" + i + "]";
                checks.require(!extension.granted().isBefore(state.received()), path, "must not be granted before the date received");
                checks.require(!extension.granted().isAfter(today), path, "must not be granted after today");
                boolean atStage2 = extension.timescale() == Timescale.T6_STAGE_2_RESPONSE;
                int before = atStage2 ? stage2Length : stage1Length;
                boolean first = atStage2 ? lastStage2 == null : lastStage1 == null;
                checks.require(extension.workingDays() > before, path, first
                        ? "must be longer than the period's ordinary " + before + " working days"
                        : "must be longer than the extension before it");
                int most = maximum(extension.timescale(), policy);
                checks.require(extension.workingDays() <= most, path, "must not be longer than " + most
                        + " working days, the most the basis policy lets " + (atStage2 ? "stage 2" : "stage 1") + " be extended to");
                if (atStage2) {
                    checks.require(stage2Requested != null, path, "extends stage 2, which was never requested");
                    checks.require(stage2Requested == null || !extension.granted().isBefore(stage2Requested), path,
                            "must not be granted before stage 2 was requested");
                    stage2Length = extension.workingDays();
                    lastStage2 = extension.granted();
                } else {
                    stage1Length = extension.workingDays();
                    lastStage1 = extension.granted();
                }
            }
            checkTied(lastStage1, state.events().get(EventType.STAGE_1_EXTENDED), EventType.STAGE_1_EXTENDED, checks);
            checkTied(lastStage2, state.events().get(EventType.STAGE_2_EXTENDED), EventType.STAGE_2_EXTENDED, checks);
        }

        /** The latest extension of a period is granted the day its event records, and the event has one. */
        private static void checkTied(LocalDate lastGranted, LocalDate event, EventType type, Checks checks) {
            checks.require(Objects.equals(lastGranted, event), "extensions", "must match events[" + type + "]: the latest "
                    + "extension of its period is granted the day that event records, and the event has one");
        }

        /** The longest {@code timescale} may be extended to under {@code policy} (the statute's where there is none). */
        private static int maximum(Timescale timescale, LocalPolicy policy) {
            if (timescale == Timescale.T2_STAGE_1_RESPONSE) {
                return policy == null ? timescale.extendedMaximum() : policy.stage1ExtensionMaximumWorkingDays();
            }
            return policy == null || policy.stage2MaximumIsHardCap() ? timescale.extendedMaximum()
                    : ValidProcessEvent.Validator.LONGEST_EXTENSION_WORKING_DAYS;
        }
    }
}
