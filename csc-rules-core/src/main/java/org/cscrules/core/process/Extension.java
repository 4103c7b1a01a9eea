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
 * @param workingDays the period's new length
 * @param reason the reason given to the complainant
 */
public record Extension(Timescale timescale, LocalDate granted, int workingDays, String reason) {

    /** Checks that every part is given and the timescale can be extended. */
    public Extension {
        if (timescale == null || !timescale.isExtendable() || granted == null || workingDays <= 0
                || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An extension needs an extendable timescale, a date, a positive length "
                    + "and a reason");
        }
    }
}
