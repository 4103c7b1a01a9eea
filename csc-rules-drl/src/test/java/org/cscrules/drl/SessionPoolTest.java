package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * A lent session comes back exactly as it was lent: one session answers a long run of calls, is
 * left holding the settings alone, and answers each request as a session that never saw another.
 */
class SessionPoolTest {

    /** The seed of the random requests: the same every run, so that a failure can be reproduced. */
    private static final long SEED = 11L;

    private static final int REQUESTS = 300;
    private static final int BATCH = 7;

    /** A KieBase keeps every session made the default way: a service dropped with idle sessions would leak them. */
    @Test
    void theRuleBaseKeepsNoSessionOfAServiceThatWasDropped() {
        for (int i = 0; i < 20; i++) {
            new DroolsEligibilityService(LocalPolicy.statutoryDefaults(), Requests.CLOCK).assess(Requests.of(
                    org.cscrules.core.request.ComplainantRole.PARENT,
                    org.cscrules.core.request.LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                    org.cscrules.core.request.ChildStatus.IN_NEED));
        }
        assertThat(RuleBase.eligibility().kieBase().getKieSessions()).isEmpty();
    }

    @Test
    void oneReusedSessionAnswersLikeAFreshSessionForEveryRequest() {
        List<KieSession> made = new ArrayList<>();
        DroolsEligibilityService reused = new DroolsEligibilityService(LocalPolicy.statutoryDefaults(), Requests.CLOCK, made::add);
        List<ComplaintRequest> requests = RandomRequests.sample(REQUESTS, SEED); // the same requests every run

        List<EligibilityDecision> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i += BATCH) {
            answers.addAll(reused.assessAll(requests.subList(i, Math.min(i + BATCH, REQUESTS))));
            answers.add(reused.assess(requests.get(i)));
        }

        assertThat(made).as("the one session was cleared and lent again every time").hasSize(1);
        assertThat(made.get(0).getFactCount()).as("only the settings are left in it").isEqualTo(1);
        int next = 0;
        for (int i = 0; i < REQUESTS; i += BATCH) {
            for (int j = i; j < Math.min(i + BATCH, REQUESTS); j++) {
                assertThat(answers.get(next++)).as("request %s of seed %s", j, SEED).isEqualTo(fresh(requests.get(j)));
            }
            assertThat(answers.get(next++)).as("request %s of seed %s", i, SEED).isEqualTo(fresh(requests.get(i)));
        }
    }

    /** The answer of a service, and so a session, that has seen nothing before. */
    private static EligibilityDecision fresh(ComplaintRequest request) {
        return new DroolsEligibilityService(LocalPolicy.statutoryDefaults(), Requests.CLOCK).assess(request);
    }
}
