package org.cscrules.benchmarks;

import java.util.Arrays;
import java.util.List;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.drl.RandomRequests;

/**
 * Separates the latency tail of {@code assess} that comes from the work from the tail that comes
 * from the machine. After a warm-up, assesses each of the benchmark's 4,096 requests
 * {@value #ROUNDS} times and prints two distributions: of every call (what JMH's sample mode
 * sees), and of each request's fastest call (its intrinsic cost, with interruptions by the
 * collector, the JIT, other processes and the hypervisor filtered out). When the first tail is
 * far above the second, the tail is not in the rules.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.cscrules.benchmarks.IntrinsicLatency}
 */
public final class IntrinsicLatency {

    private static final int WARM_UP_ROUNDS = 60;
    private static final int ROUNDS = 30;

    private IntrinsicLatency() {
    }

    public static void main(String[] args) {
        EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), EligibilityBenchmark.CLOCK);
        List<ComplaintRequest> requests = RandomRequests.sample(EligibilityBenchmark.REQUESTS, EligibilityBenchmark.SEED);
        long reasons = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (ComplaintRequest request : requests) {
                reasons += service.assess(request).reasons().size();
            }
        }
        int count = requests.size();
        long[] fastest = new long[count];
        Arrays.fill(fastest, Long.MAX_VALUE);
        long[] every = new long[count * ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                reasons += service.assess(requests.get(i)).reasons().size();
                long took = System.nanoTime() - start;
                every[round * count + i] = took;
                fastest[i] = Math.min(fastest[i], took);
            }
        }
        System.out.println(summary("every call", every));
        System.out.println(summary("each request's fastest call", fastest));
        System.out.println("(reasons given: " + reasons + ")");
    }

    private static String summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%-28s p50 %6.1f  p90 %6.1f  p99 %6.1f  p99.9 %6.1f  max %8.1f µs  (%d calls)", what,
                micros(sorted, 0.50), micros(sorted, 0.90), micros(sorted, 0.99), micros(sorted, 0.999),
                sorted[sorted.length - 1] / 1000.0, sorted.length);
    }

    private static double micros(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1000.0;
    }
}
