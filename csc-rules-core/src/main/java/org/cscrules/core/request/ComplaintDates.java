package org.cscrules.core.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.cscrules.core.internal.constraint.InCalendarRange;
import org.jspecify.annotations.Nullable;

/**
 * The dates that start the statutory clocks. "Today" for {@code PastOrPresent} comes from the
 * validator's injected clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param received when the council received the representations (the stage 1 "start date"),
 *     on or after SI 2006/1738 came into force (1 September 2006, reg. 1)
 * @param groundsArose when the grounds for the complaint arose (reg. 9 time limit)
 * @param learnedOfGrounds when the complainant learned of them, or null if the same or unknown
 *     (a council may start the time limit here: {@code LocalPolicy.timeLimitTrigger})
 * @param sufficientInterestDecided when the council made its reg. 12 sufficient-interest decision
 *     ({@link CouncilFindings#sufficientInterest()}), or null if not yet made (where the council so reads the law, the stage 1 clock
 *     may run from here)
 */
@ValidComplaintDates
public record ComplaintDates(
        @NotNull @PastOrPresent @InCalendarRange LocalDate received,
        @NotNull @InCalendarRange LocalDate groundsArose,
        @InCalendarRange @Nullable LocalDate learnedOfGrounds,
        @PastOrPresent @InCalendarRange @Nullable LocalDate sufficientInterestDecided) {

    /**
     * Received on one date about grounds that arose on another; nothing else known.
     *
     * @param received when the council received the representations
     * @param groundsArose when the grounds for the complaint arose
     * @return the dates, never null
     */
    public static ComplaintDates of(LocalDate received, LocalDate groundsArose) {
        return new ComplaintDates(received, groundsArose, null, null);
    }

    /**
     * These dates with when the complainant learned of the grounds.
     *
     * @param date when the complainant learned of the grounds, or null if the same or unknown
     * @return new dates, never null; these are unchanged
     */
    public ComplaintDates withLearnedOfGrounds(@Nullable LocalDate date) {
        return new ComplaintDates(received, groundsArose, date, sufficientInterestDecided);
    }

    /**
     * These dates with the day of the council's reg. 12 sufficient-interest decision.
     *
     * @param date when the council decided, or null if it has not yet
     * @return new dates, never null; these are unchanged
     */
    public ComplaintDates withSufficientInterestDecided(@Nullable LocalDate date) {
        return new ComplaintDates(received, groundsArose, learnedOfGrounds, date);
    }
}
