package org.cscrules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.RequestValidator;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.internal.whatif.WhatIf;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.drl.RandomRequests;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code assess} against {@code assessWithAlternatives} in one run, on the requests of
 * {@link EligibilityBenchmark}'s fixed sample whose decision has the outcome {@link #outcome}: what
 * asking for the alternatives costs, decision by decision. The set-up prints how many variants
 * each decision's alternatives tried (mean, 99th percentile and most), counted by running the
 * same algorithm with a counting batch, so that the ratio can be read against the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WhatIfBenchmark {

    /** The outcome of the decisions measured. */
    @Param({"ELIGIBLE", "DISCRETION_REQUIRED", "NOT_ELIGIBLE"})
    public String outcome;

    private EligibilityService drl;
    private List<ComplaintRequest> requests;

    @Setup(Level.Trial)
    public void setUp() {
        drl = EligibilityService.create(LocalPolicy.statutoryDefaults(), EligibilityBenchmark.CLOCK);
        Outcome wanted = Outcome.valueOf(outcome);
        requests = RandomRequests.sample(EligibilityBenchmark.REQUESTS, EligibilityBenchmark.SEED).stream()
                .filter(request -> drl.assess(request).outcome() == wanted).toList();
        RequestValidator validator = RequestValidator.create(EligibilityBenchmark.CLOCK);
        List<Integer> tried = new ArrayList<>();
        for (ComplaintRequest request : requests) {
            EligibilityDecision decision = drl.assess(request);
            int[] count = {0};
            WhatIf.alternatives(request, decision, decision.provenance().asAtDate(), variant -> validator.violations(variant).isEmpty(),
                    batch -> {
                        count[0] += batch.size();
                        return drl.assessAll(batch);
                    });
            tried.add(count[0]);
        }
        List<Integer> sorted = tried.stream().sorted().toList();
        double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
        int p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        System.out.printf("%n%s: %d requests of the sample; variants tried per decision: mean %.1f, p99 %d, most %d%n",
                outcome, requests.size(), mean, p99, sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    /** Per-thread position in the inputs, so that threads do not contend on a counter. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public EligibilityDecision assess(Cursor cursor) {
        cursor.next = (cursor.next + 1) % requests.size();
        return drl.assess(requests.get(cursor.next));
    }

    @Benchmark
    public EligibilityDecision assessWithAlternatives(Cursor cursor) {
        cursor.next = (cursor.next + 1) % requests.size();
        return drl.assessWithAlternatives(requests.get(cursor.next));
    }
}
