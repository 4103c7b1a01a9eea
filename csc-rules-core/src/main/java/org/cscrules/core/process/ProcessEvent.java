package org.cscrules.core.process;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.cscrules.core.internal.constraint.InCalendarRange;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a complaint, on a date. An extension also carries the period's new
 * length in working days, counted from the stage's clock start, and the reason given to the
 * complainant; a council's decline of a request carries its reason; a stage 1 or stage 2 response
 * may say how it was sent, which fixes when the complainant is deemed to receive it; other
 * events carry none of these.
 *
 * <p>Immutable and thread-safe. The constructor checks nothing: an event is validated when it is
 * applied, and one that does not fit its type (an extension without a length, a reason where none
 * belongs) is refused then, every violation named. The type and date are never null in a valid
 * event.
 *
 * @param type what happened
 * @param date the day it happened (today at the latest)
 * @param extendedToWorkingDays an extension's new length in working days from the stage's clock
 *     start, e.g. 20 at stage 1; null for any other event
 * @param reason the reason given to the complainant for an extension, a decline, a suspension or a
 *     re-opening ({@link EventType#needsReason()}); null for any other event
 * @param delivery how a stage 1 or stage 2 response was sent; null when received the day it was
 *     sent, and for any other event
 */
@ValidProcessEvent
public record ProcessEvent(@NotNull EventType type,
                           @NotNull @PastOrPresent @InCalendarRange LocalDate date,
                           @Nullable Integer extendedToWorkingDays,
                           @Nullable String reason,
                           @Nullable Delivery delivery) {

    /**
     * An event that carries no length, reason or delivery: not an extension, a decline, a suspension
     * or a re-opening, which need their own factories.
     *
     * @param type what happened
     * @param date the day it happened
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent of(EventType type, LocalDate date) {
        return new ProcessEvent(type, date, null, null, null);
    }

    /**
     * A stage 1 or stage 2 response sent by {@code delivery}: the complainant's window to ask for
     * the next stage runs from its deemed receipt.
     *
     * @param type {@link EventType#STAGE_1_RESPONSE_SENT} or {@link EventType#STAGE_2_RESPONSE_SENT}
     * @param date the day it was sent
     * @param delivery how it was sent
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent responseSent(EventType type, LocalDate date, Delivery delivery) {
        return new ProcessEvent(type, date, null, null, delivery);
    }

    /**
     * Stage 1 extended to {@code workingDays} (at most 20) from its clock start, for {@code reason}
     * (reg. 14; the condition is the council's setting).
     *
     * @param date the day the extension was granted
     * @param workingDays the period's new length in working days from the stage 1 clock start
     * @param reason the reason given to the complainant
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent stage1Extended(LocalDate date, int workingDays, String reason) {
        return new ProcessEvent(EventType.STAGE_1_EXTENDED, date, workingDays, reason, null);
    }

    /**
     * The council declines a late or gatekept request for the next stage, for {@code reason}.
     *
     * @param date the day it declined
     * @param reason the reasons given to the complainant
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent requestDeclined(LocalDate date, String reason) {
        return new ProcessEvent(EventType.REQUEST_DECLINED, date, null, reason, null);
    }

    /**
     * Stage 2 extended to {@code workingDays} (at most 65) from its clock start, for written {@code
     * reason} (reg. 17).
     *
     * @param date the day the extension was granted
     * @param workingDays the period's new length in working days from the stage 2 clock start
     * @param reason the written reason given to the complainant
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent stage2Extended(LocalDate date, int workingDays, String reason) {
        return new ProcessEvent(EventType.STAGE_2_EXTENDED, date, workingDays, reason, null);
    }

    /**
     * The council suspends consideration of the whole complaint, for the written {@code reason}
     * (reg. 8): its deadlines pause until consideration resumes.
     *
     * @param date the day it was suspended
     * @param reason the written reason given to the complainant
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent suspended(LocalDate date, String reason) {
        return new ProcessEvent(EventType.CONSIDERATION_SUSPENDED, date, null, reason, null);
    }

    /**
     * The council suspends consideration of part of the complaint, for the written {@code reason}
     * (reg. 8): the deadlines run on for the rest.
     *
     * @param date the day it was suspended
     * @param reason the written reason given to the complainant
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent partlySuspended(LocalDate date, String reason) {
        return new ProcessEvent(EventType.CONSIDERATION_PARTLY_SUSPENDED, date, null, reason, null);
    }

    /**
     * A fresh stage 2 investigation begins after an earlier one, for {@code reason} (an
     * Ombudsman's recommendation, the council's own review).
     *
     * @param date the day the fresh stage 2 begins: its clock starts here
     * @param reason why stage 2 is re-opened
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent stage2Reopened(LocalDate date, String reason) {
        return new ProcessEvent(EventType.STAGE_2_REOPENED, date, null, reason, null);
    }

    /**
     * A fresh review panel is convened after an earlier one, for {@code reason}.
     *
     * @param date the day the fresh stage 3 begins: the panel's 30 working days run from here
     * @param reason why stage 3 is re-opened
     * @return the event, never null; validated when applied
     */
    public static ProcessEvent stage3Reopened(LocalDate date, String reason) {
        return new ProcessEvent(EventType.STAGE_3_REOPENED, date, null, reason, null);
    }
}
