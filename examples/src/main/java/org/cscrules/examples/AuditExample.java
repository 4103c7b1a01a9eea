package org.cscrules.examples;

import java.time.LocalDate;
import java.util.Set;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.json.CscRulesJson;

/** Ten lines: keep a decision with what produced it, replay it later; a running deadline keeps its policy. */
public final class AuditExample {

    private AuditExample() {
    }

    public static void main(String[] args) {
        ComplaintRequest request = SampleComplaints.sample("parent-of-child-in-need");
        EligibilityDecision decision = EligibilityService.create().assess(request);      // carries its provenance
        String json = CscRulesJson.write(new DecisionRecord(request, decision));          // keep it beside the case
        Replay replay = EligibilityService.replay(CscRulesJson.read(json, DecisionRecord.class)); // months later
        System.out.println(decision.provenance().rulebookVersion() + " " + replay.equal() + ": " + replay.explanation());
        ComplaintState state = ComplaintProcess.create().start(LocalDate.of(2026, 11, 2)); // received under the defaults
        ComplaintProcess now = ComplaintProcess.create(LocalPolicy.builder().closureDays(Set.of(LocalDate.of(2026, 11, 12))).build());
        System.out.println("still " + now.deadlines(state).get(0).due() + "; recalculated: " + now.recalculate(state).changes());
    }
}
