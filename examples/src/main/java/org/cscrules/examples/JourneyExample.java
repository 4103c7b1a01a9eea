package org.cscrules.examples;

import java.time.LocalDate;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;

/** Ten lines: a complaint through stage 1 into stage 2, and the deadlines at each step. */
public final class JourneyExample {

    private JourneyExample() {
    }

    public static void main(String[] args) {
        ComplaintProcess process = ComplaintProcess.create();  // statutory defaults; build once and share
        ComplaintState state = process.start(LocalDate.of(2022, 12, 12));
        System.out.println("received: " + process.deadlines(state));
        for (ProcessEvent event : new ProcessEvent[] {
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2023, 1, 16)),
                ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2023, 2, 1))}) {
            Transition t = process.apply(state, event);
            System.out.println(event.type() + ": " + t.outcome() + " -> " + t.state().stage() + " " + t.deadlines());
            state = t.state();
        }
    }
}
