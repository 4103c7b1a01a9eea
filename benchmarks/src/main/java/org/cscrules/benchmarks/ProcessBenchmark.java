package org.cscrules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.drl.ProcessProperties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code ComplaintProcess.apply}: validation of the state and the event, the stage rules, and
 * the deadlines of the new state. Inputs: every (state, event) pair of 500 random journeys from a
 * fixed seed (the tests' generator), allowed, refused and discretionary alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProcessBenchmark {

    private static final int JOURNEYS = 500;
    private static final long SEED = 20261122L;

    private ComplaintProcess process;
    private final List<ComplaintState> states = new ArrayList<>();
    private final List<ProcessEvent> events = new ArrayList<>();

    @Setup
    public void setUp() {
        process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), EligibilityBenchmark.CLOCK);
        for (org.cscrules.test.jqwik.Journey journey : ProcessProperties.sample(JOURNEYS, SEED)) {
            ComplaintState state = journey.start();
            for (ProcessEvent event : journey.events()) {
                states.add(state);
                events.add(event);
                state = process.apply(state, event).state();
            }
        }
    }

    /** Per-thread position in the inputs. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Transition apply(Cursor cursor) {
        cursor.next = (cursor.next + 1) % states.size();
        return process.apply(states.get(cursor.next), events.get(cursor.next));
    }
}
