package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.audit.Chronology;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.test.jqwik.CscRulesArbitraries;
import org.cscrules.test.jqwik.Journey;
import org.cscrules.core.audit.JourneyReplay;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.DeadlineStatus;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Stage;
import org.cscrules.core.timescale.Suspension;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.internal.validation.ModelValidator;

/**
 * Laws of the stage rules over random journeys: a random receipt date and 3 to 20 events, most of them the stage's natural next event,
 * mostly in date order, some earlier, of every type, extensions of every length, under the
 * statutory defaults and under a council that counts stage 2 from the agreed statement, treats 65
 * days as a target and gatekeeps (1,000 journeys each).
 */
public class ProcessProperties {

    private static final LocalDate TODAY = LocalDate.now(Requests.CLOCK);
    private static final List<ComplaintProcess> PROCESSES = List.of(
            new DroolsComplaintProcess(LocalPolicy.statutoryDefaults(), Requests.CLOCK),
            new DroolsComplaintProcess(LocalPolicy.builder()
                    .stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED)
                    .stage2MaximumIsHardCap(false)
                    .gatekeeping(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION)
                    .adjudicationTargetWorkingDays(10)
                    .build(), Requests.CLOCK));
    private static final ModelValidator VALIDATOR = ModelValidator.create(Requests.CLOCK);

    /** Journeys from the test kit's generator, as another system's property tests would have them. */
    @Provide
    Arbitrary<Journey> journeys() {
        return CscRulesArbitraries.journeys(Requests.CLOCK);
    }

    /** The same {@code count} journeys for the same {@code seed}, for tests outside jqwik. */
    public static List<Journey> sample(int count, long seed) {
        return Samples.of(new ProcessProperties().journeys(), count, seed);
    }

    /** The journey's first state, received under {@code process}'s policy. */
    public static ComplaintState start(ComplaintProcess process, Journey journey) {
        return journey.start().withBasis(DeadlineBasis.of(process.policy(), journey.start().received()));
    }

    /** Applies the events in turn, each to the state the one before left, from a complaint received under the process's policy. */
    public static List<Transition> replay(ComplaintProcess process, Journey journey) {
        List<Transition> transitions = new ArrayList<>();
        ComplaintState state = start(process, journey);
        for (ProcessEvent event : journey.events()) {
            Transition transition = process.apply(state, event);
            transitions.add(transition);
            state = transition.state();
        }
        return transitions;
    }

    /**
     * Every deadline a transition leaves running falls on the day an independent, naive count gives
     * ({@link NaiveDueDates}): its length from the {@link Timescale} table, the council's setting, or
     * the extension recorded; counted from its trigger over the official bank holidays, and moved on
     * by the suspensions of the whole complaint that paused it (a complainant's window, which no
     * suspension pauses, is not).
     */
    @Property(tries = 1000)
    void everyDeadlineIsTheNaiveCountFromItsTrigger(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        List<Transition> transitions = replay(process(statutory), journey);
        ComplaintState start = start(process(statutory), journey);
        List<Map.Entry<ComplaintState, List<Deadline>>> running = new ArrayList<>();
        running.add(Map.entry(start, process(statutory).deadlines(start)));
        transitions.forEach(transition -> running.add(Map.entry(transition.state(), transition.deadlines())));
        for (Map.Entry<ComplaintState, List<Deadline>> each : running) {
            ComplaintState state = each.getKey();
            for (Deadline deadline : each.getValue()) {
                int length = length(deadline, state, statutory);
                List<Suspension> pausing = deadline.timescale().isComplainantWindow() ? List.of() : state.suspensions();
                LocalDate expected = NaiveDueDates.workingDays(deadline.trigger(), length, pausing);
                assertThat(deadline.length()).as("%s %s in %s", deadline.timescale(), deadline.kind(), state.stage()).isEqualTo(length);
                assertThat(deadline.due()).as("%s %s of %s working days from %s, suspensions %s", deadline.timescale(), deadline.kind(),
                        length, deadline.trigger(), state.suspensions()).isEqualTo(expected);
                Statistics.label("deadlines moved by a suspension").collect(
                        !expected.equals(NaiveDueDates.workingDays(deadline.trigger(), length, List.of())));
            }
        }
        Statistics.label("deadlines moved by a suspension").coverage(coverage -> coverage.check(true).count(c -> c > 0));
        for (Stage stage : List.of(Stage.STAGE_2, Stage.PANEL_HELD, Stage.CLOSED)) {
            boolean visited = transitions.stream().anyMatch(t -> t.state().stage() == stage);
            Statistics.label("journeys reaching " + stage).collect(visited);
            Statistics.label("journeys reaching " + stage).coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
        }
        transitions.forEach(t -> Statistics.label("outcome").collect(t.outcome()));
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(TransitionOutcome.REFUSED).percentage(p -> p > 5);
            coverage.check(TransitionOutcome.DISCRETION_REQUIRED).percentage(p -> p > 1);
        });
    }

    /**
     * The length {@code deadline} counts, worked out from the table and the two processes' settings
     * (neither sets a window, a stage 1 cap or closure days, nor counts the trigger day; the second
     * sets an adjudication target of 10 working days), or the extension {@code state} records.
     */
    private static int length(Deadline deadline, ComplaintState state, boolean statutory) {
        Timescale timescale = deadline.timescale();
        return switch (deadline.kind()) {
            case DUE -> switch (timescale) {
                case T2_STAGE_1_RESPONSE, T6_STAGE_2_RESPONSE -> state.extendedLength(timescale).orElse(timescale.length());
                case T7_STAGE_2_ADJUDICATION -> {
                    assertThat(statutory).as("the statutory defaults set no adjudication target").isFalse();
                    yield 10;
                }
                case T4_STAGE_2_REQUEST, T8_STAGE_3_REQUEST, T9_REVIEW_PANEL, T10_PANEL_REPORT, T11_FINAL_RESPONSE -> timescale.length();
                default -> throw new AssertionError(timescale + " does not run in a complaint's stages");
            };
            case LATEST_IF_EXTENDED -> {
                assertThat(timescale.isExtendable()).as("%s has a latest date", timescale).isTrue();
                yield timescale.extendedMaximum();
            }
            case ALTERNATIVE_READING -> switch (timescale) {
                case T6_STAGE_2_RESPONSE -> timescale.length();
                case T11_FINAL_RESPONSE -> Timescale.T10_PANEL_REPORT.length() + Timescale.T11_FINAL_RESPONSE.length();
                default -> throw new AssertionError(timescale + " has no second reading");
            };
        };
    }

    @Property(tries = 1000)
    void replayingTheSameEventsGivesTheSameStates(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        assertThat(replay(process(statutory), journey)).isEqualTo(replay(process(statutory), journey));
    }

    @Property(tries = 1000)
    void aRefusedEventLeavesTheStateAsItWasAndEveryStateIsValid(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        ComplaintState state = start(process(statutory), journey);
        for (Transition transition : replay(process(statutory), journey)) {
            if (transition.outcome() == TransitionOutcome.REFUSED) {
                assertThat(transition.state()).isEqualTo(state);
            }
            assertThat(VALIDATOR.violations(transition.state(), ProcessEvent.of(EventType.WITHDRAWN, TODAY)))
                    .as("the process only ever makes states that could have come about").isEmpty();
            state = transition.state();
        }
    }

    /** A complaint keeps the policy it was received under: a process with another policy counts its running deadlines alike. */
    @Property(tries = 1000)
    void anotherPolicyNeverMovesARunningDeadline(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        ComplaintProcess other = process(!statutory);
        assertThat(other.deadlines(start(process(statutory), journey))).isEqualTo(process(statutory).deadlines(start(process(statutory), journey)));
        ComplaintState state = start(process(statutory), journey);
        List<Transition> transitions = replay(process(statutory), journey);
        for (int i = 0; i < transitions.size(); i++) {
            Transition transition = transitions.get(i);
            assertThat(other.apply(state, journey.events().get(i))).as("the same rulings, state and deadlines").isEqualTo(transition);
            assertThat(other.deadlines(transition.state())).isEqualTo(transition.deadlines());
            assertThat(transition.provenance().policy()).isEqualTo(process(statutory).policy());
            state = transition.state();
        }
    }

    @Property(tries = 1000)
    void anExtensionNeverShortensADeadline(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        assertNoDeadlineBroughtForward(journey, statutory, EventType::isExtension);
    }

    /** A journey kept as a record and replayed gives equal transitions, step by step (#12). */
    @Property(tries = 200)
    void aJourneyReplayedFromItsRecordGivesEqualTransitions(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        ComplaintProcess process = process(statutory);
        JourneyRecord record = process.begin(start(process, journey));
        for (ProcessEvent event : journey.events()) {
            record = process.record(record, event);
        }
        assertThat(record.steps()).extracting(JourneyRecord.Step::transition).isEqualTo(replay(process, journey));
        JourneyReplay replay = ComplaintProcess.replay(record);
        assertThat(replay.equal()).as(replay.explanation()).isTrue();
        Chronology chronology = Chronology.of(record, TODAY);
        assertThat(chronology.entries()).hasSize(journey.events().size() + 1);
        assertThat(chronology.standing()).extracting(Chronology.DeadlineLine::deadline).isEqualTo(process.deadlines(record.current()));
    }

    /** Policies that differ in every setting that shapes a request for the next stage and its window. */
    @Provide
    Arbitrary<LocalPolicy> requestPolicies() {
        Arbitrary<Integer> window = Arbitraries.integers().between(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS.minimum().getAsInt(),
                PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS.maximum().getAsInt());
        Arbitrary<Integer> deemed = Arbitraries.integers().between(0, PolicySetting.DEEMED_RECEIPT_BY_POST_WORKING_DAYS.maximum().getAsInt());
        return Combinators.combine(Arbitraries.of(LocalPolicy.Gatekeeping.class), window, window,
                        Arbitraries.of(LocalPolicy.Stage2ClockStart.class), deemed, Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((gatekeeping, window2, window3, clockStart, post, countTriggerDay, hardCap, panelWhenOverdue) ->
                        LocalPolicy.builder().gatekeeping(gatekeeping).stage2RequestWindowWorkingDays(window2)
                                .stage3RequestWindowWorkingDays(window3).stage2ClockStart(clockStart).deemedReceiptByPostWorkingDays(post)
                                .countTriggerDay(countTriggerDay).stage2MaximumIsHardCap(hardCap).stage3WhenStage2Overdue(panelWhenOverdue)
                                .build());
    }

    /**
     * W2 (LGSCO 22 008 976, 21 016 388, 18 000 071): under any policy, a request for stage 2 or a
     * review panel made within its window, however the response was sent, can never be declined.
     */
    @Property(tries = 300)
    void noPolicyLetsARequestInTimeBeDeclined(@ForAll("requestPolicies") LocalPolicy policy, @ForAll boolean byPost,
                                             @ForAll @IntRange(min = 0, max = 1000) int into) {
        ComplaintProcess process = new DroolsComplaintProcess(policy, Requests.CLOCK);
        LocalDate received = LocalDate.of(2025, 1, 6);
        Delivery delivery = byPost ? Delivery.POST : Delivery.BY_HAND;
        ComplaintState state = process.start(received);
        state = process.apply(state, ProcessEvent.responseSent(EventType.STAGE_1_RESPONSE_SENT, received.plusDays(7), delivery)).state();
        LocalDate requested = inWindow(process, state, into);
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, requested)).state();
        assertDeclineRefused(process, state, requested);
        state = process.apply(state, ProcessEvent.of(EventType.INDEPENDENT_PERSON_APPOINTED, requested)).state();
        state = process.apply(state, ProcessEvent.responseSent(EventType.STAGE_2_RESPONSE_SENT, requested.plusDays(30), delivery))
                .state();
        LocalDate panel = inWindow(process, state, into);
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_3_REQUESTED, panel)).state();
        assertDeclineRefused(process, state, panel);
    }

    /** A day from the last event to the end of the window running in {@code state}, picked by {@code into}. */
    private static LocalDate inWindow(ComplaintProcess process, ComplaintState state, int into) {
        LocalDate end = process.deadlines(state).get(0).due();
        long span = java.time.temporal.ChronoUnit.DAYS.between(state.lastEventDate(), end);
        return state.lastEventDate().plusDays(into % (span + 1));
    }

    private static void assertDeclineRefused(ComplaintProcess process, ComplaintState state, LocalDate on) {
        Transition decline = process.apply(state, ProcessEvent.requestDeclined(on, "nothing further to add"));
        assertThat(decline.outcome()).as("%s: %s", state.stage(), decline.rulings()).isEqualTo(TransitionOutcome.REFUSED);
        assertThat(decline.rulings()).extracting(r -> r.ruleId()).containsExactlyInAnyOrder("STAGE-DECLINE-NOT-THE-COUNCILS",
                "STAGE-NOT-IN-THIS-STAGE");
    }

    /** M1: a suspension or a resumption never brings a deadline forward. */
    @Property(tries = 1000)
    void aSuspensionNeverShortensADeadline(@ForAll("journeys") Journey journey, @ForAll boolean statutory) {
        assertNoDeadlineBroughtForward(journey, statutory, type -> type.isSuspension() || type == EventType.CONSIDERATION_RESUMED);
    }

    /** Each event of the kinds {@code watched} that is recorded leaves every deadline running before it no earlier. */
    private static void assertNoDeadlineBroughtForward(Journey journey, boolean statutory, Predicate<EventType> watched) {
        List<Deadline> before = process(statutory).deadlines(start(process(statutory), journey));
        List<Transition> transitions = replay(process(statutory), journey);
        for (int i = 0; i < transitions.size(); i++) {
            Transition transition = transitions.get(i);
            EventType type = journey.events().get(i).type();
            if (watched.test(type) && transition.recorded()) {
                Statistics.label("watched events recorded").collect(type);
                for (Deadline after : transition.deadlines()) {
                    dueOfSame(before, after).ifPresent(was -> assertThat(after.due()).isAfterOrEqualTo(was));
                }
            }
            before = transition.deadlines();
        }
    }

    /**
     * M1: while the whole complaint is suspended, no deadline that had not passed on the day it
     * was suspended shows BREACHED, on any day asked about.
     */
    @Property(tries = 1000)
    void aSuspendedDeadlineIsNeverBreached(@ForAll("journeys") Journey journey, @ForAll boolean statutory,
                                           @ForAll @IntRange(min = 0, max = 400) int daysLater) {
        for (Transition transition : replay(process(statutory), journey)) {
            ComplaintState state = transition.state();
            if (state.isSuspended()) {
                LocalDate suspended = state.openSuspension().orElseThrow().suspended();
                Statistics.label("suspended states").collect(state.stage());
                assertThat(process(statutory).status(state, suspended.plusDays(daysLater)))
                        .filteredOn(status -> !status.deadline().due().isBefore(suspended))
                        .noneMatch(status -> status.status() == DeadlineStatus.Status.BREACHED);
            }
        }
    }

    private static Optional<LocalDate> dueOfSame(List<Deadline> deadlines, Deadline deadline) {
        return deadlines.stream().filter(d -> d.timescale() == deadline.timescale() && d.kind() == deadline.kind())
                .map(Deadline::due).findFirst();
    }

    private static ComplaintProcess process(boolean statutory) {
        return PROCESSES.get(statutory ? 0 : 1);
    }
}
