package org.cscrules.test.jqwik;

import java.util.List;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;

/**
 * A complaint's journey: where it starts, and the events to apply to it in order.
 *
 * @param start the complaint as received, its stage 1 clock started; never null
 * @param events the events, in the order they are applied; never null, unmodifiable
 */
public record Journey(ComplaintState start, List<ProcessEvent> events) {

    /**
     * Copies the events into an unmodifiable list.
     *
     * @param start the complaint as received; not null
     * @param events the events, in order; not null, nor any event
     * @throws NullPointerException if {@code events} is null or holds a null
     */
    public Journey {
        events = List.copyOf(events);
    }
}
