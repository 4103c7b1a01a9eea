package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.request.ComplaintRequest;
import org.junit.jupiter.api.Test;

/** One shared service (or process), many threads, random requests (or journeys): exactly the sequential answers. */
class ConcurrencyTest {

    private static final int REQUESTS = 2_000;
    private static final int THREADS = 8;
    private static final int JOURNEYS = 300;
    private static final long SEED = 5L;

    @Test
    void manyThreadsGiveTheSequentialAnswers() throws Exception {
        EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        List<ComplaintRequest> requests = RandomRequests.sample(REQUESTS, SEED); // the same requests every run
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
                        assertThat(decision).as("request %s of seed %s", index, SEED).isEqualTo(sequential.get(index));
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

    @Test
    void manyThreadsDrivingJourneysGiveTheSequentialTransitions() throws Exception {
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        List<org.cscrules.test.jqwik.Journey> journeys = ProcessProperties.sample(JOURNEYS, SEED);
        List<List<Transition>> sequential = journeys.stream().map(j -> ProcessProperties.replay(process, j)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                tasks.add(() -> {
                    for (int i = 0; i < JOURNEYS; i++) {
                        int index = (i + offset * 31) % JOURNEYS;
                        assertThat(ProcessProperties.replay(process, journeys.get(index))).isEqualTo(sequential.get(index));
                    }
                    return JOURNEYS;
                });
            }
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(JOURNEYS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.stream().flatMap(List::stream).map(Transition::outcome).distinct())
                .as("the sample reaches every outcome")
                .contains(TransitionOutcome.ALLOWED, TransitionOutcome.DISCRETION_REQUIRED, TransitionOutcome.REFUSED);
    }
}
