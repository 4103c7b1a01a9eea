package org.cscrules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.drl.RandomRequests;
import org.cscrules.json.CscRulesJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What audit costs beside a decision, in one run: {@code assess} (the baseline), writing a decision
 * record as JSON, reading it back, and replaying it (a service with the recorded policy and a clock
 * stopped at the recorded moment, then {@code assess} again). Inputs: the eligibility benchmark's
 * 4,096 requests from its fixed seed, with their decisions and records made at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class AuditBenchmark {

    private EligibilityService service;
    private List<ComplaintRequest> requests;
    private List<DecisionRecord> records;
    private List<String> json;

    @Setup(Level.Trial)
    public void setUp() {
        service = EligibilityService.create(LocalPolicy.statutoryDefaults(), EligibilityBenchmark.CLOCK);
        requests = RandomRequests.sample(EligibilityBenchmark.REQUESTS, EligibilityBenchmark.SEED);
        records = new ArrayList<>();
        json = new ArrayList<>();
        for (ComplaintRequest request : requests) {
            DecisionRecord record = new DecisionRecord(request, service.assess(request));
            records.add(record);
            json.add(CscRulesJson.write(record));
            if (!EligibilityService.replay(CscRulesJson.read(CscRulesJson.write(record), DecisionRecord.class)).equal()) {
                throw new IllegalStateException("A record does not replay equal: the measurement would be meaningless");
            }
        }
    }

    /** Per-thread position in the inputs. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) & (EligibilityBenchmark.REQUESTS - 1);
            return next;
        }
    }

    @Benchmark
    public EligibilityDecision assess(Cursor cursor) {
        return service.assess(requests.get(cursor.advance()));
    }

    @Benchmark
    public String toJson(Cursor cursor) {
        return CscRulesJson.write(records.get(cursor.advance()));
    }

    @Benchmark
    public DecisionRecord fromJson(Cursor cursor) {
        return CscRulesJson.read(json.get(cursor.advance()), DecisionRecord.class);
    }

    @Benchmark
    public Replay replay(Cursor cursor) {
        return EligibilityService.replay(records.get(cursor.advance()));
    }
}
