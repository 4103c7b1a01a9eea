package org.cscrules.core.process;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;
import org.jspecify.annotations.Nullable;

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
 * @param policyFingerprint {@code policy}'s {@link LocalPolicy#fingerprint()} when the basis was
 *     made: a basis whose policy was edited since no longer matches it, and is refused. Null in a
 *     basis written by release 0.1.0, which is read as unsealed ({@link #sealed()})
 */
public record DeadlineBasis(@NotNull LocalPolicy policy, @NotNull String calendarDataVersion,
                            @NotNull LocalDate calendarDataUntil,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String policyFingerprint) {

    /** Years after the year of receipt (or of a later event) that the fingerprint covers. */
    private static final int YEARS_COVERED = 3;

    /**
     * An unsealed basis, with no fingerprint of its policy, as release 0.1.0 wrote one.
     *
     * @param policy the council's policy when the complaint was received
     * @param calendarDataVersion the fingerprint of the bank-holiday data
     * @param calendarDataUntil the last day that fingerprint covers
     */
    public DeadlineBasis(LocalPolicy policy, String calendarDataVersion, LocalDate calendarDataUntil) {
        this(policy, calendarDataVersion, calendarDataUntil, null);
    }

    /**
     * Whether the basis carries the fingerprint of its policy, so that an edit of the policy is
     * found out. A basis written by release 0.1.0 does not: its policy is taken as it stands.
     *
     * @return true when {@link #policyFingerprint()} is given
     */
    public boolean sealed() {
        return policyFingerprint != null;
    }

    /**
     * {@code policy} on this release's bank-holiday data, for a complaint received on {@code received}.
     *
     * @param policy the council's policy when the complaint was received; not null
     * @param received the day it was received; not null
     * @return the basis, never null
     * @throws IllegalArgumentException if an argument is null
     */
    public static DeadlineBasis of(LocalPolicy policy, LocalDate received) {
        if (policy == null || received == null) {
            throw new IllegalArgumentException("policy and received must not be null");
        }
        return covering(policy, horizon(received));
    }

    /** {@code policy} on this release's bank-holiday data, to {@code until}, with its fingerprint. */
    private static DeadlineBasis covering(LocalPolicy policy, LocalDate until) {
        return new DeadlineBasis(policy, WorkingDayCalendar.englandAndWales().dataVersionUntil(until), until, policy.fingerprint());
    }

    /** The end of the third year after {@code date}, within the calendar's range. */
    private static LocalDate horizon(LocalDate date) {
        LocalDate within = date.isAfter(WorkingDayCalendar.SUPPORTED_TO) ? WorkingDayCalendar.SUPPORTED_TO
                : date.isBefore(WorkingDayCalendar.SUPPORTED_FROM) ? WorkingDayCalendar.SUPPORTED_FROM : date;
        LocalDate until = within.plusYears(YEARS_COVERED).withMonth(12).withDayOfMonth(31);
        return until.isAfter(WorkingDayCalendar.SUPPORTED_TO) ? WorkingDayCalendar.SUPPORTED_TO : until;
    }
}
