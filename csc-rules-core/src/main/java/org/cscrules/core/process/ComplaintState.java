package org.cscrules.core.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cscrules.core.internal.constraint.InCalendarRange;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.timescale.Suspension;

/**
 * Where one complaint stands: its stage, the day it was received, where the stage 1 clock starts
 * (receipt, or the reg. 12 decision for a discretionary complainant, where the council so reads the law), the date of every event
 * so far and the extensions granted, and the policy and bank-holiday data its deadlines are counted
 * on ({@link DeadlineBasis}). A caseworker system can store it and rebuild it; a state
 * that could not have come about (a panel without a stage 2 request, dates out of order) is
 * rejected by validation before any rule runs.
 *
 * <p>Immutable and thread-safe. In a valid state no part is null: a null given to the constructor
 * (as a hand-written JSON state may carry) is kept, and validation reports it before any rule
 * runs.
 *
 * @param stage where the complaint stands
 * @param received the day the council received it
 * @param stage1ClockStart the day the stage 1 clock starts: receipt, or the reg. 12 decision
 * @param events the date of each event that has happened (for an event that can recur, {@link
 *     EventType#canRecur()}, the latest), in the procedure's order; unmodifiable
 * @param extensions the extensions granted, oldest first; unmodifiable
 * @param deliveries how each stage 1 or stage 2 response was sent, where the council said;
 *     unmodifiable
 * @param basis the policy and bank-holiday data its deadlines are counted on, fixed when it was
 *     received (see {@link DeadlineBasis})
 * @param suspensions the suspensions of consideration under reg. 8, oldest first; the last may
 *     still be open. Empty (and left out of the JSON) when there were none, as in states written
 *     by 0.1.0
 * @param earlierAttempts the stage 2 investigations and review panels superseded by fresh ones,
 *     oldest first; empty (and left out of the JSON) when none was re-opened
 */
@ValidComplaintState
public record ComplaintState(@NotNull Stage stage,
                             @NotNull @PastOrPresent @InCalendarRange LocalDate received,
                             @NotNull @PastOrPresent @InCalendarRange LocalDate stage1ClockStart,
                             @NotNull Map<@NotNull EventType, @NotNull @PastOrPresent @InCalendarRange LocalDate> events,
                             @NotNull List<@NotNull Extension> extensions,
                             @NotNull Map<@NotNull EventType, @NotNull Delivery> deliveries,
                             @NotNull DeadlineBasis basis,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull Suspension> suspensions,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull EarlierAttempt> earlierAttempts) {

    /**
     * Copies the maps (events in the procedure's order) and the lists into unmodifiable ones;
     * missing suspensions and earlier attempts are none; other nulls are left to validation.
     *
     * @param stage where the complaint stands
     * @param received the day the council received it
     * @param stage1ClockStart the day the stage 1 clock starts
     * @param events the date of each event that has happened
     * @param extensions the extensions granted, oldest first
     * @param deliveries how each stage 1 or stage 2 response was sent
     * @param basis the policy and bank-holiday data its deadlines are counted on
     * @param suspensions the suspensions of consideration, oldest first; null is read as none
     * @param earlierAttempts the stages re-opened, oldest first; null is read as none
     */
    public ComplaintState {
        events = events == null ? null : Collections.unmodifiableMap(inProcedureOrder(events));
        extensions = extensions == null ? null : Collections.unmodifiableList(new ArrayList<>(extensions));
        deliveries = deliveries == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(deliveries));
        suspensions = suspensions == null || suspensions.isEmpty() ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(suspensions));
        earlierAttempts = earlierAttempts == null || earlierAttempts.isEmpty() ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(earlierAttempts));
    }

    /**
     * A state with no suspension and no stage re-opened, as release 0.1.0 built one. Nulls are
     * left to validation, as by the canonical constructor.
     *
     * @param stage where the complaint stands
     * @param received the day the council received it
     * @param stage1ClockStart the day the stage 1 clock starts
     * @param events the date of each event that has happened
     * @param extensions the extensions granted, oldest first
     * @param deliveries how each stage 1 or stage 2 response was sent
     * @param basis the policy and bank-holiday data its deadlines are counted on
     */
    public ComplaintState(Stage stage, LocalDate received, LocalDate stage1ClockStart, Map<EventType, LocalDate> events,
                          List<Extension> extensions, Map<EventType, Delivery> deliveries, DeadlineBasis basis) {
        this(stage, received, stage1ClockStart, events, extensions, deliveries, basis, List.of(), List.of());
    }

    /**
     * A complaint received on {@code received} whose stage 1 clock starts on {@code stage1ClockStart}
     * (for a discretionary complainant, the council's reg. 12 decision where its policy so reads;
     * the eligibility decision's T2 deadline says which), counted on {@code basis}. {@code
     * ComplaintProcess.start} gives one on the process's own basis.
     *
     * @param received the day the council received the complaint; not after today
     * @param stage1ClockStart the day the stage 1 clock starts: {@code received}, or the reg. 12
     *     decision; not before {@code received}
     * @param basis the policy and bank-holiday data its deadlines are counted on, usually {@link
     *     DeadlineBasis#of(org.cscrules.core.policy.LocalPolicy, LocalDate)}
     * @return the state at stage 1 with no event yet, never null; validated where it is applied,
     *     not here
     */
    public static ComplaintState receivedOn(LocalDate received, LocalDate stage1ClockStart, DeadlineBasis basis) {
        return new ComplaintState(Stage.STAGE_1, received, stage1ClockStart, Map.of(), List.of(), Map.of(), basis,
                List.of(), List.of());
    }

    /**
     * This state counted on another basis, its events unchanged. Nothing is recorded of the move and
     * running deadlines may move with it: to change a complaint's policy use {@code
     * ComplaintProcess.recalculate}, which says what moved. This is for giving a state stored before
     * bases existed the policy it was received under.
     *
     * @param newBasis the basis to count the deadlines on
     * @return a copy on {@code newBasis}, never null
     */
    public ComplaintState withBasis(DeadlineBasis newBasis) {
        return new ComplaintState(stage, received, stage1ClockStart, events, extensions, deliveries, newBasis,
                suspensions, earlierAttempts);
    }

    /**
     * The suspension of consideration still open, if any: while the whole complaint is suspended,
     * the deadlines the council must keep are paused.
     *
     * @return the open suspension, or empty when consideration is not suspended
     */
    public Optional<Suspension> openSuspension() {
        return suspensions == null || suspensions.isEmpty() || suspensions.get(suspensions.size() - 1) == null
                || !suspensions.get(suspensions.size() - 1).isOpen()
                ? Optional.empty() : Optional.of(suspensions.get(suspensions.size() - 1));
    }

    /**
     * Whether consideration of the whole complaint is suspended now (reg. 8).
     *
     * @return true while a suspension of the whole complaint is open
     */
    @JsonIgnore
    public boolean isSuspended() {
        if (suspensions == null || suspensions.isEmpty()) {
            return false;
        }
        Suspension last = suspensions.get(suspensions.size() - 1);
        return last != null && last.isOpen() && last.whole();
    }

    /**
     * Whether {@code deadline}, one of this complaint's, is paused now: the whole complaint is
     * suspended, the deadline is one the council must keep (not the complainant's window to ask for
     * the next stage), and it had not passed on the day consideration was suspended.
     *
     * @param deadline a deadline running in this state; not null
     * @return true while it is paused
     * @throws IllegalArgumentException if {@code deadline} is null
     */
    public boolean pauses(Deadline deadline) {
        if (deadline == null) {
            throw new IllegalArgumentException("deadline must not be null");
        }
        return isSuspended() && !deadline.timescale().isComplainantWindow()
                && !deadline.due().isBefore(suspensions.get(suspensions.size() - 1).suspended());
    }

    /**
     * Where the stage 2 clock of this complaint starts under the council's reading of reg. 17 in
     * its policy ({@code LocalPolicy.stage2ClockStart}): the request for stage 2, or the agreed
     * statement of complaint.
     *
     * @return the day, or empty until that event has happened
     */
    public Optional<LocalDate> stage2ClockStart() {
        return dateOf(basis.policy().stage2ClockStart() == LocalPolicy.Stage2ClockStart.REQUEST
                ? EventType.STAGE_2_REQUESTED : EventType.STATEMENT_OF_COMPLAINT_AGREED);
    }

    /**
     * The day {@code type} happened (the latest time, for an event that can recur), if it has.
     *
     * @param type the event asked about
     * @return the day, or empty if it has not happened
     */
    public Optional<LocalDate> dateOf(EventType type) {
        return events == null ? Optional.empty() : Optional.ofNullable(events.get(type));
    }

    /**
     * The day of the latest event, or of receipt when nothing has happened yet: no event may be
     * recorded before it.
     *
     * @return the day; never null in a valid state
     */
    public LocalDate lastEventDate() {
        LocalDate last = received;
        for (LocalDate date : events == null ? List.<LocalDate>of() : events.values()) {
            if (date != null && (last == null || date.isAfter(last))) {
                last = date;
            }
        }
        return last;
    }

    /**
     * How the response {@code type} was sent, where the council said.
     *
     * @param type a response, {@link EventType#STAGE_1_RESPONSE_SENT} or {@link
     *     EventType#STAGE_2_RESPONSE_SENT}
     * @return how it was sent, or empty if it was not sent or the council did not say
     */
    public Optional<Delivery> deliveryOf(EventType type) {
        return deliveries == null ? Optional.empty() : Optional.ofNullable(deliveries.get(type));
    }

    /**
     * The length the latest extension of {@code timescale} gave its period, if it was extended.
     *
     * @param timescale an extendable timescale, {@link Timescale#T2_STAGE_1_RESPONSE} or {@link
     *     Timescale#T6_STAGE_2_RESPONSE}
     * @return the new length in working days from the stage's clock start, or empty if the period
     *     was not extended
     */
    public OptionalInt extendedLength(Timescale timescale) {
        for (int i = extensions == null ? -1 : extensions.size() - 1; i >= 0; i--) {
            Extension extension = extensions.get(i);
            if (extension != null && extension.timescale() == timescale) {
                return OptionalInt.of(extension.workingDays());
            }
        }
        return OptionalInt.empty();
    }

    /** A copy ordered as the procedure runs, keeping null keys and values for validation to report. */
    private static Map<EventType, LocalDate> inProcedureOrder(Map<EventType, LocalDate> events) {
        Map<EventType, LocalDate> ordered = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            if (events.containsKey(type)) {
                ordered.put(type, events.get(type));
            }
        }
        events.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
