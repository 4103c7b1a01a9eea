package org.cscrules.examples;

import java.time.LocalDate;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;

/**
 * Ten lines: a council's own readings where the law leaves room: acknowledge in 5
 * working days, close the office between Christmas and New Year, count stage 2 from the agreed
 * statement of complaint. Each deadline that rests on such a setting says so.
 */
public final class CouncilPolicyExample {

    private CouncilPolicyExample() {
    }

    public static void main(String[] args) {
        LocalPolicy ours = LocalPolicy.builder()
                .acknowledgementWorkingDays(5)                                                  // its own standard
                .closureDays(java.util.Set.of(LocalDate.of(2022, 12, 28), LocalDate.of(2022, 12, 29),
                        LocalDate.of(2022, 12, 30)))                                          // its closure days
                .stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED)   // stage 2 from the agreed statement
                .build();
        ComplaintProcess process = ComplaintProcess.create(ours);
        ComplaintState state = process.start(LocalDate.of(2022, 12, 12));
        process.deadlines(state).forEach(d -> System.out.println(d.timescale() + " " + d.kind() + " " + d.due()
                + " [" + d.provision().basis() + ": " + d.provision().citation().reference() + "]"));
        process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2023, 1, 5))).deadlines()
                .forEach(d -> System.out.println(d.timescale() + " " + d.kind() + " " + d.due()));
    }
}
