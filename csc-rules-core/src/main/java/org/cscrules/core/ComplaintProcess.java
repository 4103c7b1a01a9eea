package org.cscrules.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.audit.JourneyReplay;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.DeadlineStatus;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Recalculation;
import org.cscrules.core.process.Transition;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;

/**
 * Drives one complaint through its stages against the statutory clocks: local resolution (reg.
 * 14), investigation (reg. 16, 17), the review panel (reg. 18–20) and the Ombudsman. A
 * caseworker system keeps a {@link ComplaintState} (start one with {@link #start}), applies each
 * {@link ProcessEvent} as it happens, and asks at any moment which deadlines run and whether they
 * are breached. The rules say whether an event may happen and why; the deadlines are counted on the
 * reg. 2 working-day calendar.
 *
 * <p>A complaint keeps the policy and bank-holiday data it was received under (its {@link
 * DeadlineBasis}): every event, deadline and status of it is ruled and counted on that basis, never
 * on a policy that changed since, so a closure day added later does not move a deadline already
 * running. {@link #recalculate} moves a complaint onto this process's policy and data when the
 * council asks, and says what changed. A state whose bank-holiday data differ from this release's
 * within the years its basis covers (to the end of the third year after receipt, or after a later
 * event that started a deadline) is refused until
 * it is recalculated: the library cannot count on data it does not have.
 *
 * <p>Implementations are thread-safe; create one per policy and share it.
 */
public interface ComplaintProcess {

    /**
     * The local policy this process applies to the complaints it starts, and recalculates onto.
     *
     * @return the policy given when the process was created; never null
     */
    LocalPolicy policy();

    /**
     * A complaint received on {@code received}, its stage 1 clock starting the same day, counted on
     * this process's policy and this release's bank-holiday data.
     *
     * @param received the day the council received the complaint
     * @return the complaint at stage 1, with no event yet; never null
     * @throws IllegalArgumentException if {@code received} is null
     */
    default ComplaintState start(LocalDate received) {
        return start(received, received);
    }

    /**
     * A complaint received on {@code received} whose stage 1 clock starts on {@code stage1ClockStart}
     * (the reg. 12 decision for a discretionary complainant, where the policy so reads), counted
     * on this process's policy and this release's bank-holiday data. The dates are checked when the
     * state is first used ({@link #deadlines}, {@link #apply}).
     *
     * @param received the day the council received the complaint
     * @param stage1ClockStart the day the stage 1 clock starts: {@code received}, or a later day no
     *     later than today
     * @return the complaint at stage 1, with no event yet; never null
     * @throws IllegalArgumentException if {@code received} is null
     */
    default ComplaintState start(LocalDate received, LocalDate stage1ClockStart) {
        return ComplaintState.receivedOn(received, stage1ClockStart, DeadlineBasis.of(policy(), received));
    }

    /**
     * {@code state} moved onto this process's policy and this release's bank-holiday data, at the
     * caller's request: the new state, every running deadline that moved, the settings that changed
     * and whether the data did. Nothing else ever moves a running deadline.
     *
     * @param state the complaint as it stands, on whatever basis it was received or last moved to
     * @return the state on this process's basis, with what moved and what changed; never null
     * @throws org.cscrules.core.validation.InvalidRequestException if the state is null or invalid
     */
    Recalculation recalculate(ComplaintState state);

    /**
     * Applies {@code event} to {@code state}: whether it may happen, the rulings with their
     * citations, the new state (the same state when refused), the deadlines then running, and the
     * provenance. Ruled and counted on the state's basis.
     *
     * @param state the complaint as it stands
     * @param event what happened, and on which day
     * @return the transition: allowed or refused, with its rulings, the new state, the running
     *     deadlines and the provenance; never null
     * @throws org.cscrules.core.validation.InvalidRequestException listing every violation, if the
     *     state or the event is null or invalid (no rule runs), or the state's basis's bank-holiday data differ
     *     from this release's
     * @throws org.cscrules.calendar.DateOutOfRangeException if a deadline would fall after the
     *     working-day calendar's range (events in the last months of 2099)
     * @throws IllegalStateException if the rules fail (a bug, never bad input)
     */
    Transition apply(ComplaintState state, ProcessEvent event);

    /**
     * The deadlines running in {@code state}, in date order; none once the complaint has ended.
     *
     * @param state the complaint as it stands
     * @return the running deadlines, unmodifiable and never null; empty once the complaint has ended
     * @throws org.cscrules.core.validation.InvalidRequestException if the state is null or invalid
     */
    List<Deadline> deadlines(ComplaintState state);

    /**
     * Each running deadline of {@code state} as it stands on {@code today}: running, due that day,
     * breached, (for the complainant's windows) closed, or paused by a suspension of the whole
     * complaint under reg. 8 (SUSPENDED, never breached). A breached deadline says what the
     * complainant may do now ({@link DeadlineStatus#complainantMay()}): the Ombudsman once a maximum
     * has passed, and the next stage where the council's policy allows it.
     *
     * @param state the complaint as it stands
     * @param today the day to judge the deadlines on, within the working-day calendar's range
     * @return one status per running deadline, in the order of {@link #deadlines}; never null
     * @throws org.cscrules.core.validation.InvalidRequestException if the state is invalid, or
     *     {@code today} is null or outside the calendar's range
     */
    List<DeadlineStatus> status(ComplaintState state, LocalDate today);

    /**
     * {@link #status(ComplaintState, LocalDate)} on the process's clock's today.
     *
     * @param state the complaint as it stands
     * @return one status per running deadline, in the order of {@link #deadlines}; never null
     * @throws org.cscrules.core.validation.InvalidRequestException if the state is invalid
     */
    List<DeadlineStatus> status(ComplaintState state);

    /**
     * A journey record starting from {@code start}, with the deadlines running in it: keep it
     * beside the case and add each event with {@link #record}.
     *
     * @param start the state the journey starts from, usually {@link #start}'s
     * @return the record, with no step yet; never null
     * @throws org.cscrules.core.validation.InvalidRequestException if the state is null or invalid
     */
    default JourneyRecord begin(ComplaintState start) {
        return JourneyRecord.begin(start, deadlines(start));
    }

    /**
     * Applies {@code event} to where {@code journey} stands ({@link JourneyRecord#current()}) and
     * records it with the transition it gave, refused or not.
     *
     * @param journey the journey so far; a null journey is reported as a violation
     * @param event the event; validated as by {@link #apply}
     * @return the journey with the step added, never null; its last transition says what happened
     * @throws org.cscrules.core.validation.InvalidRequestException if {@code journey} is null, or as {@link #apply}
     */
    default JourneyRecord record(JourneyRecord journey, ProcessEvent event) {
        if (journey == null) {
            throw new InvalidRequestException(List.of(new Violation("journey", "must not be null")));
        }
        return journey.with(event, apply(journey.current(), event));
    }

    /**
     * Replays a journey record on this library: the deadlines of its start counted again, and each
     * step applied again to the state recorded before it, with the policy and the "as at" moment its transition's provenance names, as
     * {@link EligibilityService#replay} does for a decision. Says whether every transition is
     * equal, and where one is not, which parts of the provenance differ and whether the answer changed.
     *
     * @param record the journey record; a null record is reported as a violation
     * @return the replay, never null
     * @throws org.cscrules.core.validation.InvalidRequestException if {@code record} is null, or a
     *     recorded state or event is not valid for this library
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static JourneyReplay replay(JourneyRecord record) {
        if (record == null) {
            throw new InvalidRequestException(List.of(new Violation("record", "must not be null")));
        }
        DeadlineBasis basis = record.start().basis();
        // the start is counted on its own basis; a missing one is the state's validation to report
        LocalPolicy startPolicy = basis == null || basis.policy() == null ? LocalPolicy.statutoryDefaults() : basis.policy();
        Clock startClock = record.steps().isEmpty() ? Providers.systemClock() : record.steps().get(0).transition().provenance().clock();
        List<Deadline> startDeadlines = Providers.find(startPolicy, startClock).complaintProcessForReplay(startPolicy, startClock)
                .deadlines(record.start());
        List<Transition> again = new ArrayList<>(record.steps().size());
        ComplaintState before = record.start();
        for (JourneyRecord.Step step : record.steps()) {
            Provenance recorded = step.transition().provenance();
            again.add(Providers.find(recorded.policy(), recorded.clock())
                    .complaintProcessForReplay(recorded.policy(), recorded.clock()).apply(before, step.event()));
            before = step.transition().state();
        }
        return new JourneyReplay(record, startDeadlines, again);
    }

    /**
     * The process with the statutory defaults and the system clock (Europe/London).
     *
     * @return a new process, never null; keep and share it
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static ComplaintProcess create() {
        return create(LocalPolicy.statutoryDefaults());
    }

    /**
     * The process with a council's policy and the system clock (Europe/London).
     *
     * @param policy the council's policy, e.g. {@link LocalPolicy#statutoryDefaults()}
     * @return a new process, never null; keep and share it
     * @throws IllegalArgumentException if {@code policy} is null
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static ComplaintProcess create(LocalPolicy policy) {
        return create(policy, Providers.systemClock());
    }

    /**
     * The process with a council's policy and an injected clock, the source of "today".
     *
     * @param policy the council's policy, e.g. {@link LocalPolicy#statutoryDefaults()}
     * @param clock the source of "today" for {@link #status(ComplaintState)} and of the instant a
     *     transition's provenance records; a fixed clock makes answers reproducible
     * @return a new process, never null; keep and share it
     * @throws IllegalArgumentException if {@code policy} or {@code clock} is null
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static ComplaintProcess create(LocalPolicy policy, Clock clock) {
        return Providers.find(policy, clock).complaintProcess(policy, clock);
    }
}
