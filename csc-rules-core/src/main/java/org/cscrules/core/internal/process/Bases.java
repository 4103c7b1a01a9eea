package org.cscrules.core.internal.process;

import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.DeadlineBasis;

/**
 * Internal: how a {@link DeadlineBasis} is made on this release's bank-holiday data, extended, and
 * compared with a calendar. The process uses these; callers make a basis with {@code
 * ComplaintProcess.start} or {@link DeadlineBasis#of}.
 */
public final class Bases {

    /** Years after the year of receipt (or of a later event) that the fingerprint covers. */
    static final int YEARS_COVERED = 3;

    private Bases() {
    }

    /**
     * {@code policy} on this release's bank-holiday data, for a complaint received on {@code received}.
     *
     * @param policy the policy; not null
     * @param received the day of receipt; not null
     * @return the basis, covering the data to the end of the third year after receipt
     */
    public static DeadlineBasis of(LocalPolicy policy, LocalDate received) {
        return covering(policy, horizon(received));
    }

    /**
     * {@code basis}, its policy unchanged, covering this release's data to the end of the third year
     * after {@code date} when that is later than it covers now; otherwise {@code basis}.
     *
     * @param basis a basis; not null
     * @param date the day of an event that starts a deadline; not null
     * @return the basis, extended where needed
     */
    public static DeadlineBasis coveringUntilAfter(DeadlineBasis basis, LocalDate date) {
        LocalDate until = horizon(date);
        if (!until.isAfter(basis.calendarDataUntil())) {
            return basis;
        }
        DeadlineBasis covering = covering(basis.policy(), until);
        return new DeadlineBasis(basis.policy(), covering.calendarDataVersion(), until, basis.policyFingerprint());
    }

    /**
     * Whether {@code calendar} has the same statutory non-working days as {@code basis}, up to its last day.
     *
     * @param basis a basis; not null
     * @param calendar a calendar; not null
     * @return true when the fingerprints agree
     * @throws org.cscrules.calendar.DateOutOfRangeException if the basis's last day is outside the calendar's range
     */
    public static boolean countsAlikeOn(DeadlineBasis basis, WorkingDayCalendar calendar) {
        return basis.calendarDataVersion().equals(calendar.dataVersionUntil(basis.calendarDataUntil()));
    }

    /** {@code policy} on this release's bank-holiday data, fingerprinted up to {@code until}. */
    private static DeadlineBasis covering(LocalPolicy policy, LocalDate until) {
        return new DeadlineBasis(policy, WorkingDayCalendar.englandAndWales().dataVersionUntil(until), until, policy.fingerprint());
    }

    /** The end of the third year after {@code date}, within the calendar's range (a date outside it is clamped first). */
    private static LocalDate horizon(LocalDate date) {
        LocalDate within = date.isAfter(WorkingDayCalendar.SUPPORTED_TO) ? WorkingDayCalendar.SUPPORTED_TO
                : date.isBefore(WorkingDayCalendar.SUPPORTED_FROM) ? WorkingDayCalendar.SUPPORTED_FROM : date;
        LocalDate until = within.plusYears(YEARS_COVERED).withMonth(12).withDayOfMonth(31);
        return until.isAfter(WorkingDayCalendar.SUPPORTED_TO) ? WorkingDayCalendar.SUPPORTED_TO : until;
    }
}
