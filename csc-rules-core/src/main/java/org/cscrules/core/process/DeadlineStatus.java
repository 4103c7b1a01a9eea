package org.cscrules.core.process;

import org.cscrules.core.timescale.Deadline;

/**
 * A running deadline seen on a given day: still running, due that day, or breached. Whether the
 * date rests on projected rather than official bank holidays is {@link Deadline#provisional()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deadline the deadline
 * @param status where it stands on the day asked about
 */
public record DeadlineStatus(Deadline deadline, Status status) {

    /** Where a deadline stands on a day. */
    public enum Status {
        /** The due date is later. */
        RUNNING,
        /** The due date is that day. */
        DUE_TODAY,
        /** The due date has passed with the deadline still running. */
        BREACHED
    }

    /** Checks that both parts are given. */
    public DeadlineStatus {
        if (deadline == null || status == null) {
            throw new IllegalArgumentException("A deadline status needs a deadline and a status");
        }
    }
}
