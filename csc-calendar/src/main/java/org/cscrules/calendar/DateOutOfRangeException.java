package org.cscrules.calendar;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date given to, or computed by, a {@link WorkingDayCalendar} lies outside the range the
 * calendar knows. The calendar never guesses: outside
 * {@link WorkingDayCalendar#SUPPORTED_FROM}..{@link WorkingDayCalendar#SUPPORTED_TO} it refuses.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateOutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The caller's date that is out of range, or null when a computed result would be. */
    private final @Nullable LocalDate date;

    /**
     * @param date the caller's date that is out of range; null when it is a computed result
     * @param message what was asked, without the range, which is appended
     */
    DateOutOfRangeException(@Nullable LocalDate date, String message) {
        super(message + " (supported range " + WorkingDayCalendar.SUPPORTED_FROM + " to "
                + WorkingDayCalendar.SUPPORTED_TO + ")");
        this.date = date;
    }

    /**
     * The caller's date that is out of range.
     *
     * @return the date given; empty when the date given was in range but the result computed from
     *     it would not be, e.g. a count of working days running past {@link WorkingDayCalendar#SUPPORTED_TO}
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }
}
