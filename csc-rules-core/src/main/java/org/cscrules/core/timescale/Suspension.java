package org.cscrules.core.timescale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The council's decision not to consider a complaint, in whole or in part, for a time, because
 * considering it might prejudice concurrent proceedings (reg. 8), with the written reason given to
 * the complainant. While the whole complaint is suspended the deadlines the council must keep
 * pause; on resumption each runs on with the working days it had left. A partial suspension pauses
 * nothing: the council answers the rest of the complaint in time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param suspended the day consideration was suspended; not null
 * @param resumed the day consideration resumed, or the complaint left the procedure while suspended
 *     (withdrawn, resolved, referred); null while it is suspended
 * @param whole whether the whole complaint is suspended, rather than a part of it
 * @param reason the written reason given to the complainant; not blank
 */
public record Suspension(LocalDate suspended, @Nullable LocalDate resumed, boolean whole, String reason) {

    /**
     * Checks that the day suspended and the reason are given, and that it resumed no earlier.
     *
     * @param suspended the day consideration was suspended; not null
     * @param resumed the day it resumed, or null while it is suspended
     * @param whole whether the whole complaint is suspended
     * @param reason the written reason given to the complainant; not blank
     * @throws IllegalArgumentException if the day suspended is null, the reason blank, or the
     *     resumption before the suspension
     */
    public Suspension {
        if (suspended == null || reason == null || reason.isBlank() || resumed != null && resumed.isBefore(suspended)) {
            throw new IllegalArgumentException("A suspension needs the day it began, a reason, and a resumption no earlier");
        }
    }

    /**
     * Whether consideration is still suspended.
     *
     * @return true until it resumes
     */
    @JsonIgnore
    public boolean isOpen() {
        return resumed == null;
    }

    /**
     * This suspension ended on {@code day}.
     *
     * @param day the day consideration resumed; not before the suspension
     * @return the ended suspension, never null
     * @throws IllegalArgumentException if {@code day} is null or before the suspension
     */
    public Suspension withResumption(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("The day consideration resumed must be given");
        }
        return new Suspension(suspended, day, whole, reason);
    }
}
