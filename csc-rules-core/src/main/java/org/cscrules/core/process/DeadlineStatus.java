package org.cscrules.core.process;

import org.cscrules.core.timescale.Deadline;

/**
 * A running deadline seen on a given day: still running, due that day, breached by the council,
 * or — for a window the complainant has to ask for the next stage (T4, T8) — closed. Whether the
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
        /** The due date of something the council must do has passed with the deadline still running. */
        BREACHED,
        /** The complainant's window to ask for the next stage has closed: a later request is for the council to accept. */
        WINDOW_CLOSED,
        /**
         * Consideration of the whole complaint is suspended under reg. 8: the council's deadline is
         * paused, whatever the day, and runs on with the working days it had left when consideration
         * resumes. Never breached while lawfully suspended.
         */
        SUSPENDED
    }

    /** Checks that both parts are given. */
    public DeadlineStatus {
        if (deadline == null || status == null) {
            throw new IllegalArgumentException("A deadline status needs a deadline and a status");
        }
    }
}
