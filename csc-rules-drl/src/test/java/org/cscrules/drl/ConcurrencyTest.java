package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.junit.jupiter.api.Test;

/** One shared service, many threads, random requests: exactly the sequential answers. */
class ConcurrencyTest {

    private static final int REQUESTS = 2_000;
    private static final int THREADS = 8;

    @Test
    void manyThreadsGiveTheSequentialAnswers() throws Exception {
        EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        Arbitrary<ComplaintRequest> arbitrary = RandomRequests.valid();
        List<ComplaintRequest> requests = arbitrary.sampleStream().limit(REQUESTS).toList();
        List<EligibilityDecision> sequential = requests.stream().map(service::assess).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<List<EligibilityDecision>>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                tasks.add(() -> {
                    List<EligibilityDecision> mine = new ArrayList<>();
                    for (int i = 0; i < REQUESTS; i++) {
                        int index = (i + offset * 97) % REQUESTS;
                        EligibilityDecision decision = index % 5 == 0
                                ? service.assessAll(List.of(requests.get(index))).get(0)
                                : service.assess(requests.get(index));
                        assertThat(decision).isEqualTo(sequential.get(index));
                        mine.add(decision);
                    }
                    return mine;
                });
            }
            for (Future<List<EligibilityDecision>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).hasSize(REQUESTS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).extracting(EligibilityDecision::outcome)
                .as("the sample reaches every outcome").contains(Outcome.ELIGIBLE, Outcome.DISCRETION_REQUIRED, Outcome.NOT_ELIGIBLE);
    }
}
