package org.cscrules.drl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.internal.process.Bases;
import org.cscrules.core.internal.process.Recording;
import org.cscrules.core.internal.validation.ModelValidator;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplainantOption;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.DeadlineChange;
import org.cscrules.core.process.DeadlineStatus;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Recalculation;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.timescale.Deadlines;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.cscrules.drl.internal.Move;
import org.cscrules.drl.internal.RuleCitations;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ComplaintProcess} on the DRL stage rules: validate the state and the event, work out the
 * dates the rules need with the calendar, let the rules rule, combine the rulings (the strongest
 * wins), and compute the deadlines of the resulting state in Java. Every complaint is ruled and
 * counted on its own {@link DeadlineBasis}, never on a policy that changed since it was received.
 * Logs rule ids and outcomes only.
 *
 * <p>Thread-safe. Its mutable state is the {@link SessionPool} of idle sessions and a small cache
 * of the calendars of other policies, neither of which any answer depends on.
 */
final class DroolsComplaintProcess implements ComplaintProcess {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsComplaintProcess.class);

    /** Other policies' calendars kept; then the cache starts again. */
    private static final int OTHER_POLICIES_KEPT = 16;
    /** Data fingerprints kept: one per year-end a complaint's basis covers; then the cache starts again. */
    private static final int FINGERPRINTS_KEPT = 128;

    private final LocalPolicy policy;
    private final Clock clock;
    private final ModelValidator validator;
    private final Counting own;
    private final Map<LocalPolicy, Counting> others = new ConcurrentHashMap<>();
    /** This release's bank-holiday data fingerprinted up to a day, by the day. */
    private final Map<LocalDate, String> fingerprints = new ConcurrentHashMap<>();
    private final SessionPool sessions;
    private final RuleCitations citations;

    DroolsComplaintProcess(LocalPolicy policy, Clock clock) {
        this(policy, clock, session -> { });
    }

    /** With each new session customised: tests attach listeners. */
    DroolsComplaintProcess(LocalPolicy policy, Clock clock, Consumer<KieSession> customiser) {
        this(policy, clock, ModelValidator.create(clock), customiser);
    }

    /** With the validator given: a replay's is cheap to make. */
    DroolsComplaintProcess(LocalPolicy policy, Clock clock, ModelValidator validator, Consumer<KieSession> customiser) {
        this.policy = policy;
        this.clock = clock;
        this.validator = validator;
        this.own = new Counting(policy);
        this.sessions = new SessionPool(RuleBase.process().kieBase(), List.of(), customiser);
        this.citations = RuleBase.process().citations();
    }

    @Override
    public LocalPolicy policy() {
        return policy;
    }

    @Override
    public Transition apply(ComplaintState state, ProcessEvent event) {
        validator.validate(state, event);
        Counting counting = counting(state);
        Move move = new Move(state, event, counting.facts(state, event), citations);
        try {
            sessions.fire(List.of(move, counting.policy), citations::inForce);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The stage rules failed: " + e.getMessage(), e);
        }
        TransitionOutcome outcome = move.getRulings().stream().map(Ruling::effect)
                .reduce(TransitionOutcome.ALLOWED, TransitionOutcome::and);
        ComplaintState next = outcome == TransitionOutcome.REFUSED ? state
                : Recording.recording(state, event, move.isReferralPremature());
        List<Deadline> running = counting.running(next);
        Transition transition = new Transition(outcome, move.getRulings(), covering(next, running), running, provenance(counting),
                outcome == TransitionOutcome.REFUSED ? List.of() : List.copyOf(move.getNotices()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Event {} in {}: outcome={} rules={}", event.type(), state.stage(), outcome,
                    transition.rulings().stream().map(Ruling::ruleId).toList());
        }
        return transition;
    }

    @Override
    public List<Deadline> deadlines(ComplaintState state) {
        validator.validateState(state);
        return counting(state).running(state).stream().sorted().toList();
    }

    @Override
    public List<DeadlineStatus> status(ComplaintState state, LocalDate today) {
        List<Violation> found = new ArrayList<>(validator.violations(state));
        if (today == null || today.isBefore(WorkingDayCalendar.SUPPORTED_FROM) || today.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
            found.add(new Violation("today", "must be a date between "
                    + WorkingDayCalendar.SUPPORTED_FROM + " and " + WorkingDayCalendar.SUPPORTED_TO));
        }
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found.stream().sorted().toList());
        }
        LocalPolicy basis = state.basis().policy();
        return counting(state).running(state).stream().sorted().map(deadline -> {
            DeadlineStatus.Status status = statusOn(state, deadline, today);
            return new DeadlineStatus(deadline, status,
                    status == DeadlineStatus.Status.BREACHED ? complainantMay(basis, deadline, state.isSuspended()) : List.of());
        }).toList();
    }

    @Override
    public List<DeadlineStatus> status(ComplaintState state) {
        return status(state, LocalDate.now(clock));
    }

    @Override
    public Recalculation recalculate(ComplaintState state) {
        validator.validateState(state);
        DeadlineBasis now = DeadlineBasis.of(policy, state.received());
        ComplaintState moved = state.withBasis(now);
        List<DeadlineChange> changes = changes(countingOf(state.basis().policy()).running(state), own.running(moved));
        Recalculation recalculation = new Recalculation(moved, changes, state.basis().policy().changedSettings(policy),
                !countsAlike(state.basis()), provenance(own));
        LOG.debug("Recalculated: settings={} calendarDataChanged={} deadlinesMoved={}", recalculation.changedSettings(),
                recalculation.calendarDataChanged(), changes.size());
        return recalculation;
    }

    /**
     * {@code next} with its basis extended when a deadline now running falls after the data it
     * covers: a complaint still running years after receipt (a late request accepted). The data
     * agree up to the old horizon, {@link #counting} having checked, so nothing already counted moves.
     */
    private static ComplaintState covering(ComplaintState next, List<Deadline> running) {
        LocalDate until = next.basis().calendarDataUntil();
        boolean beyond = running.stream().anyMatch(deadline -> deadline.due().isAfter(until));
        return beyond ? next.withBasis(Bases.coveringUntilAfter(next.basis(), next.lastEventDate())) : next;
    }

    /** Each running deadline whose due date differs, started or stopped, by timescale and kind. */
    private static List<DeadlineChange> changes(List<Deadline> before, List<Deadline> after) {
        Map<List<Object>, LocalDate> was = dueDates(before);
        Map<List<Object>, LocalDate> is = dueDates(after);
        Set<List<Object>> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(is.keySet());
        List<DeadlineChange> changes = new ArrayList<>();
        for (List<Object> key : keys) {
            LocalDate from = was.get(key);
            LocalDate to = is.get(key);
            if (!Objects.equals(from, to)) {
                changes.add(new DeadlineChange((Timescale) key.get(0), (Deadline.Kind) key.get(1), from, to));
            }
        }
        changes.sort(Comparator.comparing(DeadlineChange::timescale).thenComparing(DeadlineChange::kind));
        return changes;
    }

    private static Map<List<Object>, LocalDate> dueDates(List<Deadline> deadlines) {
        Map<List<Object>, LocalDate> due = new LinkedHashMap<>();
        deadlines.forEach(deadline -> due.put(List.of(deadline.timescale(), deadline.kind()), deadline.due()));
        return due;
    }

    /**
     * How {@code state} is counted: on the policy it was received under; refused when it was counted
     * on other bank-holiday data, which this release does not have.
     */
    private Counting counting(ComplaintState state) {
        if (!countsAlike(state.basis())) {
            throw new InvalidRequestException(List.of(new Violation("state.basis.calendarDataVersion", "must be this "
                    + "release's bank-holiday data up to state.basis.calendarDataUntil, which differ: recalculate the complaint "
                    + "(ComplaintProcess.recalculate), which moves it onto this data and says which deadlines moved")));
        }
        return countingOf(state.basis().policy());
    }

    /**
     * Whether this release's statutory non-working days are those {@code basis} was counted on, up to
     * its last day. The fingerprints are cached by that day, the end of a year, so few are ever made.
     */
    private boolean countsAlike(DeadlineBasis basis) {
        if (fingerprints.size() >= FINGERPRINTS_KEPT) {
            fingerprints.clear();
        }
        return basis.calendarDataVersion().equals(fingerprints.computeIfAbsent(basis.calendarDataUntil(),
                own.deadlines.calendar()::dataVersionUntil));
    }

    private Counting countingOf(LocalPolicy basisPolicy) {
        if (basisPolicy == policy || basisPolicy.equals(policy)) {
            return own;
        }
        if (others.size() >= OTHER_POLICIES_KEPT) {
            others.clear();
        }
        return others.computeIfAbsent(basisPolicy, Counting::new);
    }

    private Provenance provenance(Counting counting) {
        return Provenance.now(RuleBase.version(), counting.deadlines.calendar(), counting.policy, clock);
    }

    /**
     * Where {@code deadline} stands on {@code today}: SUSPENDED while consideration of the whole
     * complaint is suspended and the deadline had not passed when it was; otherwise by its due date.
     */
    private static DeadlineStatus.Status statusOn(ComplaintState state, Deadline deadline, LocalDate today) {
        if (state.pauses(deadline)) {
            return DeadlineStatus.Status.SUSPENDED;
        }
        if (today.isAfter(deadline.due())) {
            return deadline.timescale().isComplainantWindow() ? DeadlineStatus.Status.WINDOW_CLOSED : DeadlineStatus.Status.BREACHED;
        }
        return today.equals(deadline.due()) ? DeadlineStatus.Status.DUE_TODAY : DeadlineStatus.Status.RUNNING;
    }

    /**
     * What the complainant may do once {@code deadline} is breached: the Ombudsman once it was a
     * maximum; stage 2 when stage 1's period has passed, and a review panel when stage 2's maximum
     * has, where the council's policy allows it, and not while the whole complaint is suspended
     * (the next stage waits for the resumption). The same facts the stage rules rule on.
     */
    private static List<ComplainantOption> complainantMay(LocalPolicy policy, Deadline deadline, boolean suspended) {
        List<ComplainantOption> options = new ArrayList<>(2);
        boolean maximum = isCouncilMaximum(deadline);
        if (maximum) {
            options.add(ComplainantOption.OMBUDSMAN_NOW);
        }
        if (suspended) {
            return options;
        }
        if (deadline.timescale() == Timescale.T2_STAGE_1_RESPONSE && deadline.kind() == Deadline.Kind.DUE
                && policy.stage2WhenStage1Overdue()) {
            options.add(ComplainantOption.STAGE_2);
        }
        if (deadline.timescale() == Timescale.T6_STAGE_2_RESPONSE && maximum && policy.stage3WhenStage2Overdue()) {
            options.add(ComplainantOption.REVIEW_PANEL);
        }
        return options;
    }

    /**
     * Whether {@code deadline} is the most the council may take for a period it must keep: the
     * latest an extension may reach, or the period itself where none may. A complainant's window is
     * not the council's, nor is a target it sets itself (a target reading, or its own adjudication
     * target, T7); but reg. 17's 65 working days stay the
     * statute's maximum even where the council treats them as a target ({@code stage2MaximumIsHardCap}
     * decides only whether it refuses an extension beyond them): past them the council is out of
     * time, as the Ombudsman found (24 004 450).
     */
    private static boolean isCouncilMaximum(Deadline deadline) {
        boolean stage2Maximum = deadline.timescale() == Timescale.T6_STAGE_2_RESPONSE
                && deadline.kind() == Deadline.Kind.LATEST_IF_EXTENDED;
        boolean councilsOwnTarget = deadline.timescale() == Timescale.T7_STAGE_2_ADJUDICATION;
        return (stage2Maximum || !deadline.target()) && !councilsOwnTarget && !deadline.timescale().isComplainantWindow()
                && (deadline.kind() == Deadline.Kind.LATEST_IF_EXTENDED
                        || deadline.kind() == Deadline.Kind.DUE && !deadline.timescale().isExtendable());
    }

    /** One policy's arithmetic: the dates the rules need, and the deadlines running in a state. Immutable. */
    private static final class Counting {

        private final LocalPolicy policy;
        private final Deadlines deadlines;

        Counting(LocalPolicy policy) {
            this.policy = policy;
            this.deadlines = Deadlines.create(policy);
        }

        /** What the rules need worked out with the calendar: lateness, an overdue stage 1, an extension's bounds. */
        private Move.Facts facts(ComplaintState state, ProcessEvent event) {
            LocalDate date = event.date();
            boolean late = switch (event.type()) {
                case STAGE_2_REQUESTED -> after(date, Timescale.T4_STAGE_2_REQUEST, receipt(state, EventType.STAGE_1_RESPONSE_SENT));
                case STAGE_3_REQUESTED -> after(date, Timescale.T8_STAGE_3_REQUEST, receipt(state, EventType.STAGE_2_RESPONSE_SENT));
                default -> false;
            };
            boolean stage1Overdue = date.isAfter(stage1Due(state).due());
            boolean requestLate = stageRequestLate(state);
            boolean actedOn = stageRequestActedOn(state);
            boolean outOfTime = outOfTime(state, date);
            return switch (event.type()) {
                case STAGE_1_EXTENDED -> new Move.Facts(late, stage1Overdue, stage1Overdue, requestLate, actedOn,
                        state.extendedLength(Timescale.T2_STAGE_1_RESPONSE).orElse(Timescale.T2_STAGE_1_RESPONSE.length()),
                        policy.stage1ExtensionMaximumWorkingDays(), false);
                case STAGE_2_EXTENDED -> new Move.Facts(late, stage1Overdue,
                        state.stage2ClockStart().map(start -> date.isAfter(period(state, Timescale.T6_STAGE_2_RESPONSE, start)
                                .get(0).due())).orElse(false), requestLate, actedOn,
                        state.extendedLength(Timescale.T6_STAGE_2_RESPONSE).orElse(Timescale.T6_STAGE_2_RESPONSE.length()),
                        Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), false);
                default -> new Move.Facts(late, stage1Overdue, false, requestLate, actedOn, 0, 0, outOfTime);
            };
        }

        /**
         * Whether on {@code date} a period the council must keep in {@code state} has passed its
         * maximum: for each of the council's timescales running, the earliest latest-if-extended date,
         * or where the period cannot be extended its due date. A complainant's window is not the
         * council's to keep, nor is a target the council sets itself, nor a deadline paused by a
         * suspension.
         */
        private boolean outOfTime(ComplaintState state, LocalDate date) {
            Map<Timescale, LocalDate> maximum = new EnumMap<>(Timescale.class);
            for (Deadline deadline : running(state)) {
                if (isCouncilMaximum(deadline) && !state.pauses(deadline)) {
                    maximum.merge(deadline.timescale(), deadline.due(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            return maximum.values().stream().anyMatch(date::isAfter);
        }

        /**
         * Whether the request that brought the complaint to stage 2, or to the panel, came after its
         * window closed. A stage re-opened was not requested late: the fresh stage is the council's own step.
         */
        private boolean stageRequestLate(ComplaintState state) {
            return switch (state.stage()) {
                case STAGE_2 -> !state.events().containsKey(EventType.STAGE_2_REOPENED) && state.dateOf(EventType.STAGE_2_REQUESTED).map(requested -> after(requested,
                        Timescale.T4_STAGE_2_REQUEST, receipt(state, EventType.STAGE_1_RESPONSE_SENT))).orElse(false);
                case STAGE_3_REQUESTED -> !state.events().containsKey(EventType.STAGE_3_REOPENED)
                        && state.dateOf(EventType.STAGE_3_REQUESTED).map(requested -> after(requested,
                        Timescale.T8_STAGE_3_REQUEST, receipt(state, EventType.STAGE_2_RESPONSE_SENT))).orElse(false);
                default -> false;
            };
        }

        /**
         * Whether the council has acted on the request that brought the complaint to stage 2: a
         * statement, an independent person, an extension or a report.
         */
        private static boolean stageRequestActedOn(ComplaintState state) {
            return state.stage() == Stage.STAGE_2 && Stream.of(EventType.STATEMENT_OF_COMPLAINT_AGREED,
                    EventType.INDEPENDENT_PERSON_APPOINTED, EventType.INDEPENDENT_PERSON_REPORT_RECEIVED,
                    EventType.STAGE_2_EXTENDED, EventType.INVESTIGATION_REPORT_RECEIVED).anyMatch(state.events()::containsKey);
        }

        /**
         * When the complainant is deemed to receive the response {@code type}: the day it was sent,
         * or the council's number of working days later for a response sent by post or email.
         */
        private Optional<LocalDate> receipt(ComplaintState state, EventType type) {
            int days = switch (state.deliveryOf(type).orElse(Delivery.BY_HAND)) {
                case BY_HAND -> 0;
                case EMAIL -> policy.deemedReceiptByEmailWorkingDays();
                case POST -> policy.deemedReceiptByPostWorkingDays();
            };
            return state.dateOf(type).map(sent -> days == 0 ? sent : deadlines.calendar().plusWorkingDays(sent, days));
        }

        /** Whether {@code date} is after the window of {@code timescale} that opened on {@code opened}. */
        private boolean after(LocalDate date, Timescale timescale, Optional<LocalDate> opened) {
            return opened.map(start -> date.isAfter(deadlines.due(timescale, start).due())).orElse(false);
        }

        /** The stage 1 deadline now in force: the ordinary 10 working days, or the latest extension. */
        private Deadline stage1Due(ComplaintState state) {
            return period(state, Timescale.T2_STAGE_1_RESPONSE, state.stage1ClockStart()).get(0);
        }

        /** The deadlines running in {@code state}, by stage. */
        private List<Deadline> running(ComplaintState state) {
            List<Deadline> result = new ArrayList<>();
            switch (state.stage()) {
                case STAGE_1 -> result.addAll(period(state, Timescale.T2_STAGE_1_RESPONSE, state.stage1ClockStart()));
                case STAGE_1_RESPONDED -> due(result, state, Timescale.T4_STAGE_2_REQUEST, receipt(state, EventType.STAGE_1_RESPONSE_SENT));
                case STAGE_2 -> {
                    state.stage2ClockStart().ifPresent(start -> result.addAll(period(state, Timescale.T6_STAGE_2_RESPONSE, start)));
                    addPaused(result, state, state.dateOf(EventType.STAGE_2_REQUESTED).flatMap(deadlines::stage2FromRequest));
                    addPaused(result, state, state.dateOf(EventType.STAGE_2_REQUESTED).flatMap(deadlines::stage2MaximumFromRequest));
                    addPaused(result, state, state.dateOf(EventType.INVESTIGATION_REPORT_RECEIVED).flatMap(deadlines::adjudicationTarget));
                }
                case STAGE_2_RESPONDED -> due(result, state, Timescale.T8_STAGE_3_REQUEST, receipt(state, EventType.STAGE_2_RESPONSE_SENT));
                case STAGE_3_REQUESTED -> due(result, state, Timescale.T9_REVIEW_PANEL, state.dateOf(EventType.STAGE_3_REQUESTED));
                case PANEL_HELD -> {
                    due(result, state, Timescale.T10_PANEL_REPORT, state.dateOf(EventType.PANEL_HELD));
                    finalResponseFromPanel(result, state);
                }
                case PANEL_REPORTED -> {
                    due(result, state, Timescale.T11_FINAL_RESPONSE, state.dateOf(EventType.PANEL_REPORT_RECEIVED));
                    finalResponseFromPanel(result, state);
                }
                case CLOSED, DECLINED, WITHDRAWN, RESOLVED, REFERRED_TO_OMBUDSMAN -> {
                    // nothing runs once the council's procedure is complete or the complaint has ended
                }
            }
            return result;
        }

        /**
         * An extendable period from {@code start}: the deadline in force (ordinary or extended) and
         * the maximum, each moved on by the suspensions that paused it.
         */
        private List<Deadline> period(ComplaintState state, Timescale timescale, LocalDate start) {
            List<Deadline> result = new ArrayList<>(2);
            OptionalInt extended = state.extendedLength(timescale);
            result.add(paused(state, extended.isPresent() ? deadlines.extended(timescale, start, extended.getAsInt())
                    : deadlines.due(timescale, start)));
            result.add(paused(state, deadlines.latestIfExtended(timescale, start)));
            return result;
        }

        private void due(List<Deadline> result, ComplaintState state, Timescale timescale, Optional<LocalDate> trigger) {
            trigger.map(date -> paused(state, deadlines.due(timescale, date))).ifPresent(result::add);
        }

        /** {@code deadline} moved on by the suspensions of {@code state} that paused it. */
        private Deadline paused(ComplaintState state, Deadline deadline) {
            return state.suspensions().isEmpty() ? deadline : deadlines.paused(deadline, state.suspensions());
        }

        /** Each deadline from {@code found} moved on by the suspensions of {@code state}, into {@code result}. */
        private void addPaused(List<Deadline> result, ComplaintState state, Optional<Deadline> found) {
            found.map(deadline -> paused(state, deadline)).ifPresent(result::add);
        }

        /** The council's second reading of reg. 20(3): the panel meeting plus 20 working days. */
        private void finalResponseFromPanel(List<Deadline> result, ComplaintState state) {
            addPaused(result, state, state.dateOf(EventType.PANEL_HELD).flatMap(deadlines::finalResponseFromPanel));
        }
    }
}
