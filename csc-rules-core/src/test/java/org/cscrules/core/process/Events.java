package org.cscrules.core.process;

import org.cscrules.core.internal.process.Recording;

/** States for tests that need a journey without the rules: each event recorded as the process records an allowed one. */
public final class Events {

    private Events() {
    }

    /** {@code state} with {@code events} recorded in order. */
    public static ComplaintState recorded(ComplaintState state, ProcessEvent... events) {
        ComplaintState result = state;
        for (ProcessEvent event : events) {
            result = Recording.recording(result, event);
        }
        return result;
    }
}
