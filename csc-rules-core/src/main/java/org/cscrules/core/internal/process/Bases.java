package org.cscrules.core.internal.process;

import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.process.DeadlineBasis;

/**
 * Internal: how the process extends a {@link DeadlineBasis} on this release's bank-holiday data and
 * compares it with a calendar. Callers make a basis with {@code ComplaintProcess.start} or {@link
 * DeadlineBasis#of}.
 */
public final class Bases {

    private Bases() {
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
        DeadlineBasis covering = DeadlineBasis.of(basis.policy(), date);
        if (!covering.calendarDataUntil().isAfter(basis.calendarDataUntil())) {
            return basis;
        }
        return new DeadlineBasis(basis.policy(), covering.calendarDataVersion(), covering.calendarDataUntil(),
                basis.policyFingerprint());
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
}
