package org.cscrules.core.process;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;

/**
 * What a complaint's deadlines are counted on, fixed when it is received: the council's policy
 * then (closure days included) and the bank-holiday data then, fingerprinted up to the end of the
 * third calendar year after receipt. A complaint keeps it, so that a closure day added or a setting
 * changed later never moves a deadline already running; only {@code ComplaintProcess.recalculate}
 * moves a complaint onto the process's policy and data, and says what changed. A later release
 * whose statutory non-working days are the same up to {@code calendarDataUntil} counts the
 * complaint alike; one whose days differ there (a proclamation, a corrected year) refuses it until
 * it is recalculated.
 *
 * <p>Three years cover the usual life of a complaint: stage 1, both request windows, stage 2 at
 * its longest and the panel's 30 + 5 + 15 working days come to under a year. A complaint can run
 * longer (a late request the council accepts has no limit), so an event that starts a deadline
 * after the horizon extends the basis to the end of the third year after that event, on the same
 * data: the process has checked that its data agree up to the old horizon.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the council's policy when the complaint was received
 * @param calendarDataVersion the fingerprint of the bank-holiday data, up to {@code calendarDataUntil}
 *     ({@link WorkingDayCalendar#dataVersionUntil(LocalDate)})
 * @param calendarDataUntil the last day the fingerprint covers
 */
public record DeadlineBasis(@NotNull LocalPolicy policy, @NotNull String calendarDataVersion,
                            @NotNull LocalDate calendarDataUntil) {

    /** Years after the year of receipt (or of a later event) that the fingerprint covers. */
    static final int YEARS_COVERED = 3;

    /**
     * {@code policy} on this release's bank-holiday data, for a complaint received on {@code received}.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public static DeadlineBasis of(LocalPolicy policy, LocalDate received) {
        if (policy == null || received == null) {
            throw new IllegalArgumentException("policy and received must not be null");
        }
        return covering(policy, horizon(received));
    }

    /**
     * This basis, its policy unchanged, covering this release's data to the end of the third year
     * after {@code date} when that is later than it covers now; otherwise this basis.
     */
    public DeadlineBasis coveringUntilAfter(LocalDate date) {
        LocalDate until = horizon(date);
        return until.isAfter(calendarDataUntil) ? covering(policy, until) : this;
    }

    /** {@code policy} on this release's bank-holiday data, fingerprinted up to {@code until}. */
    private static DeadlineBasis covering(LocalPolicy policy, LocalDate until) {
        return new DeadlineBasis(policy, WorkingDayCalendar.englandAndWales().dataVersionUntil(until), until);
    }

    /** The end of the third year after {@code date}, within the calendar's range. */
    private static LocalDate horizon(LocalDate date) {
        LocalDate until = date.plusYears(YEARS_COVERED).withMonth(12).withDayOfMonth(31);
        return until.isAfter(WorkingDayCalendar.SUPPORTED_TO) ? WorkingDayCalendar.SUPPORTED_TO
                : until.isBefore(WorkingDayCalendar.SUPPORTED_FROM) ? WorkingDayCalendar.SUPPORTED_FROM : until;
    }

    /**
     * Whether {@code calendar} has the same statutory non-working days as this basis, up to {@code calendarDataUntil}.
     *
     * @throws org.cscrules.calendar.DateOutOfRangeException if {@code calendarDataUntil} is outside the calendar's range
     */
    public boolean countsAlikeOn(WorkingDayCalendar calendar) {
        return calendarDataVersion.equals(calendar.dataVersionUntil(calendarDataUntil));
    }
}
