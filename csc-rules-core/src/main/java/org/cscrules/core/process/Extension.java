package org.cscrules.core.process;

import java.time.LocalDate;
import org.cscrules.core.law.Timescale;

/**
 * An extension granted: which period, when, to how many working days from the stage's clock
 * start, and why. Stage 1 (T2) and stage 2 (T6) can be extended.
 *
 * <p>Immutable and thread-safe.
 *
 * @param timescale {@link Timescale#T2_STAGE_1_RESPONSE} or {@link Timescale#T6_STAGE_2_RESPONSE}
 * @param granted the day the extension was granted
 * @param workingDays the period's new length, in working days from the stage's clock start; more than 0
 * @param reason the reason given to the complainant; never blank
 */
public record Extension(Timescale timescale, LocalDate granted, int workingDays, String reason) {

    /**
     * Checks that every part is given and the timescale can be extended. Whether the length is
     * within the maximum is for the rules to say, not this check.
     *
     * @param timescale an extendable timescale; not null
     * @param granted the day the extension was granted; not null
     * @param workingDays the period's new length in working days; more than 0
     * @param reason the reason given to the complainant; not blank
     * @throws IllegalArgumentException if a part is missing or blank, the timescale cannot be
     *     extended, or the length is not positive
     */
    public Extension {
        if (timescale == null || !timescale.isExtendable() || granted == null || workingDays <= 0
                || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An extension needs an extendable timescale, a date, a positive length "
                    + "and a reason");
        }
    }
}
