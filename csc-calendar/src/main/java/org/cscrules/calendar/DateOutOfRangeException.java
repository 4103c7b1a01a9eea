package org.cscrules.calendar;

import java.time.LocalDate;
import java.util.Optional;

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
    private final LocalDate date;

    DateOutOfRangeException(LocalDate date, String message) {
        super(message + " (supported range " + WorkingDayCalendar.SUPPORTED_FROM + " to "
                + WorkingDayCalendar.SUPPORTED_TO + ")");
        this.date = date;
    }

    /** The caller's date that is out of range; empty when it is the computed result that would be. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }
}
