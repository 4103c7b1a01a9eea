package org.cscrules.core.process;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage 2 investigation or a review panel that was superseded by a fresh one, as the Ombudsman
 * often recommends after a defective one: the events, extensions and deliveries it had, kept in
 * the complaint's history when it was re-opened, and the day and reason of the re-opening. The
 * fresh stage runs with deadlines of its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage re-opened: {@link Stage#STAGE_2} or {@link Stage#STAGE_3_REQUESTED}
 * @param reopened the day the fresh stage began
 * @param reason why it was re-opened (an Ombudsman's recommendation, the council's own review);
 *     never blank
 * @param events the events of the stage re-opened and of any later stage, as they were;
 *     unmodifiable
 * @param extensions the extensions of the stage re-opened, as they were; unmodifiable
 * @param deliveries how the responses among {@code events} were sent, where the council said;
 *     unmodifiable
 */
public record EarlierAttempt(Stage stage, LocalDate reopened, String reason, Map<EventType, LocalDate> events,
                             List<Extension> extensions, Map<EventType, Delivery> deliveries) {

    /**
     * Checks that every part is given, without nulls in the collections, and the stage is one that
     * can be re-opened, and copies the collections into unmodifiable ones.
     *
     * @param stage the stage re-opened: {@link Stage#STAGE_2} or {@link Stage#STAGE_3_REQUESTED}
     * @param reopened the day the fresh stage began; not null
     * @param reason why it was re-opened; not blank
     * @param events the events as they were; not null, no null key or date
     * @param extensions the extensions as they were; not null, no null
     * @param deliveries how the responses were sent; not null, no null key or value
     * @throws IllegalArgumentException if a part is missing, blank or holds a null, or the stage
     *     cannot be re-opened
     */
    public EarlierAttempt {
        if (stage != Stage.STAGE_2 && stage != Stage.STAGE_3_REQUESTED || reopened == null || reason == null
                || reason.isBlank() || events == null || extensions == null || deliveries == null
                || hasNull(events.keySet()) || hasNull(events.values()) || hasNull(extensions)
                || hasNull(deliveries.keySet()) || hasNull(deliveries.values())) {
            throw new IllegalArgumentException("An earlier attempt needs stage 2 or 3, the day and reason of its "
                    + "re-opening, and its events, extensions and deliveries");
        }
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        extensions = List.copyOf(extensions);
        deliveries = Collections.unmodifiableMap(new LinkedHashMap<>(deliveries));
    }

    /** Whether {@code values} holds a null: without {@code contains(null)}, which immutable collections refuse. */
    private static boolean hasNull(Collection<?> values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }
}
