package org.cscrules.core.timescale;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.Provision;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;

/**
 * Turns a trigger date into due dates: the {@link Timescale} table's lengths, changed only where
 * the council's {@link LocalPolicy} may change them, counted on the reg. 2 calendar (with the
 * council's closure days, if it counts them). Each deadline carries the provision it rests on:
 * the timescale's own, or the local setting that changed it.
 *
 * <p>Build one per policy and reuse it: building the calendar with closure days takes about a
 * millisecond. Immutable and thread-safe.
 */
public final class Deadlines {

    /** The stage 2 backstop from the request: reg. 17's maximum, agreement of the reg. 16 record being no precondition. */
    private static final Provision STAGE_2_BACKSTOP = Provision.statute(Citation.secondary(
            "{si2006-reg17}; {si2006-reg16}; {lgsco-23-013-837}"));

    /** What a deadline moved on by a suspension rests on as well: reg. 8, and the library's rule on pausing. */
    private static final Citation SUSPENSION = Citation.secondary("{si2006-reg8}").and(Citation.unverified("{procedure-suspension}"));

    private final LocalPolicy policy;
    private final WorkingDayCalendar calendar;

    private Deadlines(LocalPolicy policy) {
        this.policy = policy;
        this.calendar = policy.calendar();
    }

    /**
     * Deadlines under {@code policy}, counted on its calendar.
     *
     * @param policy the council's policy, whose settings and closure days apply; not null
     * @return the deadlines, never null
     * @throws IllegalArgumentException if {@code policy} is null
     */
    public static Deadlines create(LocalPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        return new Deadlines(policy);
    }

    /**
     * The working-day calendar deadlines are counted on: reg. 2, plus any closure days the council counts.
     *
     * @return the policy's calendar, never null
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The policy whose settings apply.
     *
     * @return the policy these deadlines were created with, never null
     */
    public LocalPolicy policy() {
        return policy;
    }

    /**
     * The ordinary deadline of {@code timescale} counted from {@code trigger}: the table's length,
     * or the council's where its policy sets one (T0, T4, T8).
     *
     * @param timescale a timescale with a fixed period ({@link Timescale#hasFixedPeriod()}); not null
     * @param trigger the day its clock starts; not null
     * @return the deadline, never null
     * @throws IllegalArgumentException if an argument is null, or the timescale has no fixed period
     *     (for T7, the council's own target, see {@link #adjudicationTarget})
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Deadline due(Timescale timescale, LocalDate trigger) {
        requireArguments(timescale, trigger);
        return switch (timescale) {
            case T0_ACKNOWLEDGEMENT -> workingDays(timescale, Deadline.Kind.DUE, trigger, policy.acknowledgementWorkingDays(),
                    timescale.provision());
            case T4_STAGE_2_REQUEST -> periodSetBy(timescale, trigger, policy.stage2RequestWindowWorkingDays(),
                    PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS);
            case T8_STAGE_3_REQUEST -> periodSetBy(timescale, trigger, policy.stage3RequestWindowWorkingDays(),
                    PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS);
            default -> {
                if (!timescale.hasFixedPeriod()) {
                    throw new IllegalArgumentException(timescale + " has no fixed period"
                            + (timescale == Timescale.T7_STAGE_2_ADJUDICATION ? ": see adjudicationTarget" : ""));
                }
                yield fixed(timescale, Deadline.Kind.DUE, trigger, timescale.length(), timescale.provision());
            }
        };
    }

    /**
     * The council's own target for its adjudication (T7), counted from receipt of the investigation
     * report, where its policy sets one; the law sets none.
     *
     * @param reportReceived the day the investigating officer's report reached the council; not null
     * @return the deadline, or empty when the council set no target
     * @throws IllegalArgumentException if {@code reportReceived} is null
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Optional<Deadline> adjudicationTarget(LocalDate reportReceived) {
        requireArguments(Timescale.T7_STAGE_2_ADJUDICATION, reportReceived);
        OptionalInt days = policy.adjudicationTargetWorkingDays();
        return days.isEmpty() ? Optional.empty()
                : Optional.of(workingDays(Timescale.T7_STAGE_2_ADJUDICATION, Deadline.Kind.DUE, reportReceived, days.getAsInt(),
                        PolicySetting.ADJUDICATION_TARGET_WORKING_DAYS.citedAs()));
    }

    /** A period the council's policy may set: the timescale's own provision if it kept the table's length. */
    private Deadline periodSetBy(Timescale timescale, LocalDate trigger, int days, PolicySetting setting) {
        return workingDays(timescale, Deadline.Kind.DUE, trigger, days,
                days == timescale.length() ? timescale.provision() : setting.citedAs());
    }

    /**
     * The latest an extension of {@code timescale} may reach from {@code trigger}: reg. 14's 20 working
     * days at stage 1 (or a council's lower cap), reg. 17's 65 at stage 2.
     *
     * @param timescale an extendable timescale ({@link Timescale#isExtendable()}); not null
     * @param trigger the day its clock starts; not null
     * @return the deadline, never null
     * @throws IllegalArgumentException if an argument is null, or the timescale cannot be extended
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Deadline latestIfExtended(Timescale timescale, LocalDate trigger) {
        requireArguments(timescale, trigger);
        if (!timescale.isExtendable()) {
            throw new IllegalArgumentException(timescale + " cannot be extended");
        }
        if (timescale == Timescale.T2_STAGE_1_RESPONSE) {
            int cap = policy.stage1ExtensionMaximumWorkingDays();
            return workingDays(timescale, Deadline.Kind.LATEST_IF_EXTENDED, trigger, cap,
                    cap == timescale.extendedMaximum() ? timescale.provision()
                            : PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS.citedAs());
        }
        return fixed(timescale, Deadline.Kind.LATEST_IF_EXTENDED, trigger, timescale.extendedMaximum(), timescale.provision());
    }

    /**
     * The deadline of {@code timescale} once extended to {@code workingDays} from {@code trigger}
     * (reg. 14 at stage 1, reg. 17 at stage 2): a {@link Deadline.Kind#DUE} of the new length. Whether
     * the length is within the maximum is for the rules to decide, not this arithmetic.
     *
     * @param timescale an extendable timescale ({@link Timescale#isExtendable()}); not null
     * @param trigger the day its clock starts; not null
     * @param workingDays the period's new length in working days; more than 0
     * @return the deadline, never null
     * @throws IllegalArgumentException if an argument is null, the timescale cannot be extended, or
     *     {@code workingDays} is not positive
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Deadline extended(Timescale timescale, LocalDate trigger, int workingDays) {
        requireArguments(timescale, trigger);
        if (!timescale.isExtendable() || workingDays <= 0) {
            throw new IllegalArgumentException(timescale + " cannot be extended to " + workingDays + " working days");
        }
        return workingDays(timescale, Deadline.Kind.DUE, trigger, workingDays, timescale.provision());
    }

    /**
     * Every deadline {@code timescale} starts on {@code trigger}: the ordinary one and, for an
     * extendable timescale, the latest an extension may reach; for T7 the council's target, if any;
     * none for a timescale without a fixed period.
     *
     * @param timescale any timescale; not null
     * @param trigger the day its clock starts; not null
     * @return the deadlines, never null
     * @throws IllegalArgumentException if an argument is null
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public List<Deadline> after(Timescale timescale, LocalDate trigger) {
        requireArguments(timescale, trigger);
        if (timescale == Timescale.T7_STAGE_2_ADJUDICATION) {
            return adjudicationTarget(trigger).stream().toList();
        }
        if (!timescale.hasFixedPeriod()) {
            return List.of();
        }
        return timescale.isExtendable() ? List.of(due(timescale, trigger), latestIfExtended(timescale, trigger))
                : List.of(due(timescale, trigger));
    }

    /**
     * The final response counted from the panel meeting rather than from receipt of its report: the
     * panel report's period plus the final response's (5 + 15 working days), as Cheshire West and Chester's annual report for 2016-17 and one
     * LGSCO decision read reg. 20. Empty when the council does not compute it.
     *
     * @param panelMeeting the day the review panel met; not null
     * @return the deadline, an {@link Deadline.Kind#ALTERNATIVE_READING}; or empty when the council's
     *     policy does not ask for it ({@code LocalPolicy.finalResponseAlsoFromPanel})
     * @throws IllegalArgumentException if {@code panelMeeting} is null
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Optional<Deadline> finalResponseFromPanel(LocalDate panelMeeting) {
        requireArguments(Timescale.T11_FINAL_RESPONSE, panelMeeting);
        if (!policy.finalResponseAlsoFromPanel()) {
            return Optional.empty();
        }
        int days = Timescale.T10_PANEL_REPORT.length() + Timescale.T11_FINAL_RESPONSE.length();
        return Optional.of(workingDays(Timescale.T11_FINAL_RESPONSE, Deadline.Kind.ALTERNATIVE_READING, panelMeeting, days,
                local(PolicySetting.FINAL_RESPONSE_ALSO_FROM_PANEL, "panel + T10 + T11")));
    }

    /**
     * The stage 2 response counted from the request for stage 2 when the council counts it from the
     * agreed statement of complaint (both days are recorded): the ordinary 25 working days from the
     * request, as an {@link Deadline.Kind#ALTERNATIVE_READING}, so that a statement slow to be agreed
     * shows. Empty when the council counts from the request anyway.
     *
     * @param requested the day stage 2 was asked for; not null
     * @return the deadline, an {@link Deadline.Kind#ALTERNATIVE_READING}; or empty when the council
     *     counts stage 2 from the request
     * @throws IllegalArgumentException if {@code requested} is null
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Optional<Deadline> stage2FromRequest(LocalDate requested) {
        requireArguments(Timescale.T6_STAGE_2_RESPONSE, requested);
        if (policy.stage2ClockStart() == LocalPolicy.Stage2ClockStart.REQUEST) {
            return Optional.empty();
        }
        return Optional.of(workingDays(Timescale.T6_STAGE_2_RESPONSE, Deadline.Kind.ALTERNATIVE_READING, requested,
                Timescale.T6_STAGE_2_RESPONSE.length(), local(PolicySetting.STAGE_2_CLOCK_START, "counted from the request as well")));
    }

    /**
     * The stage 2 maximum counted from the request for stage 2, when the council counts stage 2 from
     * the agreed statement of complaint: a backstop that runs whether or not a statement is ever
     * agreed, because agreement is not a precondition (reg. 16 asks the complainant to agree or
     * comment) and the Ombudsman counts delay in agreeing it as stage 2 delay. Empty when the council
     * counts from the request anyway, whose own maximum then runs.
     *
     * @param requested the day stage 2 was asked for; not null
     * @return the backstop, a {@link Deadline.Kind#LATEST_IF_EXTENDED}; or empty when the council
     *     counts stage 2 from the request
     * @throws IllegalArgumentException if {@code requested} is null
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Optional<Deadline> stage2MaximumFromRequest(LocalDate requested) {
        requireArguments(Timescale.T6_STAGE_2_RESPONSE, requested);
        if (policy.stage2ClockStart() == LocalPolicy.Stage2ClockStart.REQUEST) {
            return Optional.empty();
        }
        return Optional.of(workingDays(Timescale.T6_STAGE_2_RESPONSE, Deadline.Kind.LATEST_IF_EXTENDED, requested,
                Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), STAGE_2_BACKSTOP));
    }

    /**
     * {@code deadline} moved on by every suspension of the whole complaint that has ended and that
     * overlapped it (began by its due date, and resumed on or after its trigger): the clock stops on
     * the day consideration is suspended (or never starts, for a clock that would have started
     * during the suspension) and runs on from the day it resumes with the working days it had left
     * (reg. 8, and the library's rule on suspension); a deadline due on the day of the suspension
     * falls due on the day consideration resumes, or the first working day after it where that day is
     * not one. So a suspension never shortens a deadline, nor moves one to a day that is not a
     * working day. A partial suspension, or one still open, moves nothing: while consideration is
     * suspended the deadline shows the date as it stood, and {@code ComplaintProcess.status} says
     * SUSPENDED rather than breached.
     *
     * @param deadline a deadline the council must keep; not null
     * @param suspensions the complaint's suspensions, oldest first; not null
     * @return the deadline moved on, citing reg. 8 as well; {@code deadline} itself when nothing moved it
     * @throws IllegalArgumentException if an argument is null
     * @throws org.cscrules.calendar.DateOutOfRangeException if a date is outside the calendar's range
     */
    public Deadline paused(Deadline deadline, List<Suspension> suspensions) {
        if (deadline == null || suspensions == null) {
            throw new IllegalArgumentException("deadline and suspensions must not be null");
        }
        LocalDate due = deadline.due();
        for (Suspension suspension : suspensions) {
            if (suspension.whole() && !suspension.isOpen() && !suspension.resumed().isBefore(deadline.trigger())
                    && !suspension.suspended().isAfter(due)) {
                LocalDate stopped = suspension.suspended().isBefore(deadline.trigger()) ? deadline.trigger() : suspension.suspended();
                int left = calendar.workingDaysBetween(stopped, due);
                LocalDate moved = left > 0 ? calendar.plusWorkingDays(suspension.resumed(), left)
                        : calendar.isWorkingDay(suspension.resumed()) ? suspension.resumed() : calendar.plusWorkingDays(suspension.resumed(), 1);
                due = moved.isAfter(due) ? moved : due;
            }
        }
        if (due.equals(deadline.due())) {
            return deadline;
        }
        Provision basis = deadline.provision();
        return new Deadline(deadline.timescale(), deadline.kind(), deadline.trigger(), deadline.length(), due,
                calendar.isProvisional(due), deadline.target(), new Provision(basis.citation().and(SUSPENSION), basis.basis()));
    }

    private Deadline fixed(Timescale timescale, Deadline.Kind kind, LocalDate trigger, int length, Provision provision) {
        return switch (timescale.unit()) {
            case WORKING_DAYS -> workingDays(timescale, kind, trigger, length, provision);
            case WEEKS -> calendarPeriod(timescale, kind, trigger, length, trigger.plusWeeks(length), provision);
            case MONTHS -> calendarPeriod(timescale, kind, trigger, length, trigger.plusMonths(length), provision);
            case NO_FIXED_PERIOD -> throw new IllegalStateException(timescale + " has no fixed period");
        };
    }

    /**
     * {@code days} working days from {@code trigger} on the council's calendar and counting
     * convention. Where closure days or counting the trigger day move the date from the
     * statutory reading, the deadline rests on that local setting and says so.
     */
    private Deadline workingDays(Timescale timescale, Deadline.Kind kind, LocalDate trigger, int days, Provision provision) {
        LocalDate due = count(calendar, trigger, days, policy.countTriggerDay());
        LocalDate statutoryReading = count(policy.statutoryCalendar(), trigger, days, false);
        Provision basis = provision;
        if (!due.equals(statutoryReading)) {
            basis = (policy.countTriggerDay() ? PolicySetting.COUNT_TRIGGER_DAY : PolicySetting.CLOSURE_DAYS).citedAs();
        }
        return new Deadline(timescale, kind, trigger, days, due, calendar.isProvisional(due), isTarget(timescale, kind), basis);
    }

    /** The n-th working day after the trigger, or from it when the trigger day counts and is a working day. */
    private static LocalDate count(WorkingDayCalendar calendar, LocalDate trigger, int days, boolean countTriggerDay) {
        if (days == 0) {
            return trigger;
        }
        boolean triggerIsDayOne = countTriggerDay && calendar.isWorkingDay(trigger);
        return calendar.plusWorkingDays(trigger, triggerIsDayOne ? days - 1 : days);
    }

    private Deadline calendarPeriod(Timescale timescale, Deadline.Kind kind, LocalDate trigger, int length,
                                    LocalDate due, Provision provision) {
        calendar.isProvisional(due); // range check: a date outside the calendar is an error, not a guess
        return new Deadline(timescale, kind, trigger, length, due, false, isTarget(timescale, kind), provision);
    }

    /** Targets rather than hard limits: reg. 20's deadlines, a soft 65-day maximum, the Ombudsman's "about". */
    private boolean isTarget(Timescale timescale, Deadline.Kind kind) {
        return switch (timescale) {
            case T10_PANEL_REPORT, T11_FINAL_RESPONSE ->
                    policy.reasonablyPracticableDeadlines() == LocalPolicy.ReasonablyPracticable.TARGET;
            case T6_STAGE_2_RESPONSE -> kind == Deadline.Kind.LATEST_IF_EXTENDED && !policy.stage2MaximumIsHardCap();
            case T13_OMBUDSMAN_PREMATURE -> true;
            default -> false;
        };
    }

    /** The setting's citation, with what the deadline counts: "LocalPolicy.x: what". */
    private static Provision local(PolicySetting setting, String what) {
        Citation cited = setting.citedAs().citation();
        return Provision.localPolicy(new Citation(cited.reference() + ": " + what, cited.verification(), cited.sections()));
    }

    /**
     * Checks that both arguments are given and the trigger is within the calendar's range, before
     * any date is moved: so no {@code java.time} exception escapes, only the calendar's own.
     */
    private void requireArguments(Timescale timescale, LocalDate trigger) {
        if (timescale == null || trigger == null) {
            throw new IllegalArgumentException("timescale and trigger must not be null");
        }
        calendar.isProvisional(trigger); // range check: DateOutOfRangeException outside the calendar's range
    }
}
