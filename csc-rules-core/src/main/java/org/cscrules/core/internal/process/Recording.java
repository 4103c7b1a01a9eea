package org.cscrules.core.internal.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EarlierAttempt;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Extension;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Stage;
import org.cscrules.core.timescale.Suspension;

/**
 * Internal: a state with an event recorded, without asking whether it may happen. The process
 * records an event once its rules allow it; callers use {@code ComplaintProcess.apply}, which asks.
 */
public final class Recording {

    private Recording() {
    }

    /**
     * {@code state} with {@code event} recorded, a referral to the Ombudsman before the council's
     * procedure is finished being premature (as while the council is in time).
     *
     * @param state a valid state; not null
     * @param event a valid event; not null
     * @return the new state, never null
     * @throws IllegalArgumentException as {@link #recording(ComplaintState, ProcessEvent, boolean)}
     */
    public static ComplaintState recording(ComplaintState state, ProcessEvent event) {
        return recording(state, event, !state.stage().isFinished());
    }

    /**
     * {@code state} with {@code event} recorded. A premature referral to the Ombudsman is recorded
     * without ending the council's procedure: the Ombudsman normally refers it back (T13). One made
     * once the council is out of time ends it: the Ombudsman may take it now (Local Government Act
     * 1974 s26(5)). An event that ends the complaint ends any suspension still open, that day.
     *
     * @param state a valid state; not null
     * @param event a valid event; not null
     * @param referralPremature whether a referral to the Ombudsman is premature, as the rules found
     * @return the new state, never null
     * @throws IllegalArgumentException if {@code event} is null, or lacks the length or reason its type needs
     */
    public static ComplaintState recording(ComplaintState state, ProcessEvent event, boolean referralPremature) {
        if (event == null || event.type() == null || event.date() == null
                || event.type().isExtension() && event.extendedToWorkingDays() == null
                || event.type().needsReason() && event.reason() == null) {
            throw new IllegalArgumentException("Only a valid event can be recorded: " + event);
        }
        Map<EventType, LocalDate> events = new LinkedHashMap<>(state.events());
        List<Extension> extensions = new ArrayList<>(state.extensions());
        Map<EventType, Delivery> deliveries = new LinkedHashMap<>(state.deliveries());
        List<EarlierAttempt> earlierAttempts = state.earlierAttempts();
        if (event.type().isReopening()) {
            earlierAttempts = new ArrayList<>(earlierAttempts);
            earlierAttempts.add(superseded(event, events, extensions, deliveries));
            events.put(event.type().entering().enteredBy(), event.date());
        }
        events.put(event.type(), event.date());
        if (event.type().isExtension()) {
            Timescale timescale = event.type() == EventType.STAGE_1_EXTENDED
                    ? Timescale.T2_STAGE_1_RESPONSE : Timescale.T6_STAGE_2_RESPONSE;
            extensions.add(new Extension(timescale, event.date(), event.extendedToWorkingDays(), event.reason()));
        }
        if (event.delivery() != null) {
            deliveries.put(event.type(), event.delivery());
        }
        Stage entering = event.type().entering();
        boolean staysInStage = entering == null
                || event.type() == EventType.REFERRED_TO_OMBUDSMAN && !state.stage().isFinished() && referralPremature;
        Stage next = staysInStage ? state.stage() : entering;
        List<Suspension> suspensions = suspensions(state.suspensions(), event);
        if (next.isEnded()) {
            suspensions = endingOpen(suspensions, event.date());
        }
        return new ComplaintState(next, state.received(), state.stage1ClockStart(),
                events, extensions, deliveries, state.basis(), suspensions, earlierAttempts);
    }

    /**
     * The suspensions with the open one, if any, ended on {@code day}: a complaint that leaves the
     * procedure (withdrawn, resolved, declined, referred) is no longer suspended.
     */
    private static List<Suspension> endingOpen(List<Suspension> suspensions, LocalDate day) {
        if (suspensions.isEmpty() || !suspensions.get(suspensions.size() - 1).isOpen()) {
            return suspensions;
        }
        List<Suspension> result = new ArrayList<>(suspensions);
        result.set(result.size() - 1, result.get(result.size() - 1).withResumption(day));
        return result;
    }

    /**
     * The suspensions with {@code event} recorded: a suspension opens one, a resumption ends the
     * open one (a resumption with none open changes nothing).
     */
    private static List<Suspension> suspensions(List<Suspension> suspensions, ProcessEvent event) {
        if (!event.type().isSuspension() && event.type() != EventType.CONSIDERATION_RESUMED) {
            return suspensions;
        }
        List<Suspension> result = new ArrayList<>(suspensions);
        if (event.type().isSuspension()) {
            result.add(new Suspension(event.date(), null, event.type() == EventType.CONSIDERATION_SUSPENDED, event.reason()));
        } else if (!result.isEmpty() && result.get(result.size() - 1).isOpen()) {
            result.set(result.size() - 1, result.get(result.size() - 1).withResumption(event.date()));
        }
        return result;
    }

    /**
     * The stage that {@code reopening} re-opens, as it was: its events and those of every later
     * stage, with its extensions and deliveries, taken out of the live collections given.
     */
    private static EarlierAttempt superseded(ProcessEvent reopening, Map<EventType, LocalDate> events,
                                             List<Extension> extensions, Map<EventType, Delivery> deliveries) {
        Stage reopened = reopening.type().entering();
        Map<EventType, LocalDate> taken = new LinkedHashMap<>();
        for (Map.Entry<EventType, LocalDate> entry : List.copyOf(events.entrySet())) {
            EventType type = entry.getKey();
            boolean later = type.isEnding() ? type != EventType.REFERRED_TO_OMBUDSMAN
                    : type.stage().ordinal() >= reopened.ordinal() && !type.isSuspension() && type != EventType.CONSIDERATION_RESUMED;
            if (later) {
                taken.put(type, entry.getValue());
                events.remove(type);
            }
        }
        List<Extension> takenExtensions = new ArrayList<>();
        if (reopened == Stage.STAGE_2) {
            extensions.removeIf(extension -> extension.timescale() == Timescale.T6_STAGE_2_RESPONSE && takenExtensions.add(extension));
        }
        Map<EventType, Delivery> takenDeliveries = new LinkedHashMap<>();
        for (EventType type : taken.keySet()) {
            Delivery delivery = deliveries.remove(type);
            if (delivery != null) {
                takenDeliveries.put(type, delivery);
            }
        }
        return new EarlierAttempt(reopened, reopening.date(), reopening.reason(), taken, takenExtensions, takenDeliveries);
    }
}
