package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Transition;
import org.cscrules.core.remedy.KeptRecord;
import org.cscrules.core.remedy.RemedyList;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.test.jqwik.CscRulesArbitraries;
import org.cscrules.test.jqwik.Journey;

/**
 * The remedy list never lists a record this release answers the same: a decision or a journey
 * recorded by this very release, on any council's policy, replays to the same answer and is not listed.
 */
class RemedyListProperties {

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        return RandomRequests.valid();
    }

    @Provide
    Arbitrary<Journey> journeys() {
        return CscRulesArbitraries.journeys(Requests.CLOCK);
    }

    @Property(tries = 200)
    void aDecisionThisReleaseRecordedIsNeverListed(@ForAll("requests") ComplaintRequest request) {
        for (LocalPolicy policy : DifferentialProperties.POLICIES) {
            DecisionRecord record = new DecisionRecord(request, EligibilityService.create(policy, Requests.CLOCK).assess(request));
            assertThat(RemedyList.remedyFor(new KeptRecord("CASE-1", record, null))).isEmpty();
        }
    }

    @Property(tries = 100)
    void aJourneyThisReleaseRecordedIsNeverListed(@ForAll("journeys") Journey journey) {
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        ComplaintState start = ProcessProperties.start(process, journey);
        JourneyRecord record = process.begin(start);
        List<Transition> transitions = ProcessProperties.replay(process, journey);
        for (int i = 0; i < transitions.size(); i++) {
            record = record.with(journey.events().get(i), transitions.get(i));
        }
        assertThat(RemedyList.remedyFor(new KeptRecord("CASE-2", null, record))).isEmpty();
    }
}
