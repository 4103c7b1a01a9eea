package org.cscrules.core.process;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.cscrules.core.timescale.Deadline;

/**
 * A running deadline seen on a given day: still running, due that day, breached by the council,
 * or — for a window the complainant has to ask for the next stage (T4, T8) — closed. Whether the
 * date rests on projected rather than official bank holidays is {@link Deadline#provisional()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deadline the deadline, as it runs in the complaint's state
 * @param status where it stands on the day asked about
 * @param complainantMay for a BREACHED deadline, what the complainant may do now (the Ombudsman, once
 *     a maximum has passed; the next stage, where the council's policy allows it); empty otherwise,
 *     and left out of the JSON when empty
 */
public record DeadlineStatus(Deadline deadline, Status status,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ComplainantOption> complainantMay) {

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

    /**
     * Checks that the deadline and status are given, and copies the options (none when null).
     *
     * @param deadline the deadline; not null
     * @param status where it stands; not null
     * @param complainantMay what the complainant may do now; null is read as none
     * @throws IllegalArgumentException if the deadline or status is null, or an option is
     */
    public DeadlineStatus {
        if (deadline == null || status == null || complainantMay != null && complainantMay.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("A deadline status needs a deadline and a status");
        }
        complainantMay = complainantMay == null ? List.of() : List.copyOf(complainantMay);
    }

    /**
     * A status that opens no option for the complainant.
     *
     * @param deadline the deadline; not null
     * @param status where it stands; not null
     * @throws IllegalArgumentException if either is null
     */
    public DeadlineStatus(Deadline deadline, Status status) {
        this(deadline, status, List.of());
    }
}
