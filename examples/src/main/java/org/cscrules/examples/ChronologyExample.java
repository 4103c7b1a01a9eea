package org.cscrules.examples;

import java.time.LocalDate;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.audit.Chronology;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.json.CscRulesJson;

/** Ten lines: a journey suspended under reg. 8 and resumed, kept as a record, replayed, and its chronology as Markdown. */
public final class ChronologyExample {

    private ChronologyExample() {
    }

    public static void main(String[] args) {
        ComplaintProcess process = ComplaintProcess.create();
        JourneyRecord journey = process.begin(process.start(LocalDate.of(2026, 3, 2)));
        journey = process.record(journey, ProcessEvent.suspended(LocalDate.of(2026, 3, 4), "care proceedings"));
        journey = process.record(journey, ProcessEvent.of(EventType.CONSIDERATION_RESUMED, LocalDate.of(2026, 4, 13)));
        journey = process.record(journey, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 4, 28)));
        String json = CscRulesJson.write(journey);                                     // keep it beside the case
        JourneyRecord kept = CscRulesJson.read(json, JourneyRecord.class);              // months later
        System.out.println(ComplaintProcess.replay(kept).explanation());
        System.out.print(Chronology.of(kept, LocalDate.of(2026, 5, 6)).toMarkdown());  // for the Ombudsman
    }
}
