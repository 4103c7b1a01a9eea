package org.cscrules.core.process;

import java.time.LocalDate;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.timescale.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * One running deadline a recalculation moved, started or stopped: its due date before and after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param timescale the timescale whose deadline changed
 * @param kind the ordinary period, the extended maximum, or the alternative reading
 * @param before the due date on the complaint's old basis, or null if the deadline did not run then
 *     (e.g. a setting now asks for the panel + 20 working days reading, {@code LocalPolicy.finalResponseAlsoFromPanel})
 * @param after the due date on the new basis, or null if it no longer runs
 */
public record DeadlineChange(Timescale timescale, Deadline.Kind kind, @Nullable LocalDate before,
                             @Nullable LocalDate after) {

    /**
     * Checks that the deadline is named and that something changed.
     *
     * @param timescale the timescale whose deadline changed
     * @param kind the ordinary period, the extended maximum, or the alternative reading
     * @param before the due date on the old basis, or null if the deadline did not run then
     * @param after the due date on the new basis, or null if it no longer runs
     * @throws IllegalArgumentException if the timescale or kind is null, both dates are null, or
     *     both are the same day
     */
    public DeadlineChange {
        if (timescale == null || kind == null || before == null && after == null
                || before != null && before.equals(after)) {
            throw new IllegalArgumentException("A change names its deadline and a due date that moved, started or stopped");
        }
    }
}
