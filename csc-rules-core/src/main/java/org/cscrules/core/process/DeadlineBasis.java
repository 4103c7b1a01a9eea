package org.cscrules.core.process;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;

/**
 * What a complaint's deadlines are counted on, fixed when it is received: the council's policy
 * then (closure days included) and the official bank-holiday data then. A complaint keeps it, so
 * that a closure day added or a setting changed later never moves a deadline already running; only
 * {@code ComplaintProcess.recalculate} moves a complaint onto the process's policy and data, and
 * says what changed. A later release whose official data agree up to {@code
 * calendarOfficialDataUntil} counts the complaint alike (a deadline after that day was provisional
 * from the start); one whose data differ there refuses it until it is recalculated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the council's policy when the complaint was received
 * @param calendarDataVersion the official bank-holiday data's fingerprint then ({@link WorkingDayCalendar#dataVersion()})
 * @param calendarOfficialDataUntil the last day of that official data
 */
public record DeadlineBasis(@NotNull LocalPolicy policy, @NotNull String calendarDataVersion,
                            @NotNull LocalDate calendarOfficialDataUntil) {

    /** {@code policy} on the bank-holiday data of this release. */
    public static DeadlineBasis of(LocalPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        return new DeadlineBasis(policy, calendar.dataVersion(), calendar.officialDataUntil());
    }
}
