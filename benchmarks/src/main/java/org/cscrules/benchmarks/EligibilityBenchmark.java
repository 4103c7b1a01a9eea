package org.cscrules.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.RequestValidator;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.Violation;
import org.cscrules.drl.PlainJavaBaseline;
import org.cscrules.drl.RandomRequests;
import org.cscrules.json.CscRulesJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One eligibility decision (validation, facts, rules, combination, deadlines), three ways in one
 * run: the DRL service's {@code assess}, its {@code assessAll} over batches of {@value #BATCH}, and
 * the plain-Java implementation of the same rules (the tests' oracle) doing the same validation,
 * facts and deadlines. Inputs:
 * 4,096 random valid requests from a fixed seed, the same for all and in every run. Run with {@code -t 1} and {@code -t 2} for the
 * thread scaling, and {@code -bm sample} for the percentiles.
 *
 * <p>To compare two versions of the library on the very same requests, give both the system
 * property {@value #REQUESTS_FILE} naming a file: the first run, which finds none, writes its
 * requests there as JSON lines, and every later run reads them (a later version reads what an
 * earlier one wrote).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EligibilityBenchmark {

    /** The system property naming a file of requests, as JSON lines, shared between runs of two versions. */
    static final String REQUESTS_FILE = "csc.benchmark.requests";
    static final int BATCH = 64;
    static final int REQUESTS = 4096;
    /** The inputs' seed: every run assesses the same requests. */
    static final long SEED = 20261122L;
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    private EligibilityService drl;
    private RequestValidator validator;
    private PlainJavaBaseline java;
    private List<ComplaintRequest> requests;
    private List<List<ComplaintRequest>> batches;

    @Setup(Level.Trial)
    public void setUp() {
        drl = EligibilityService.create(LocalPolicy.statutoryDefaults(), CLOCK);
        validator = RequestValidator.create(CLOCK);
        java = new PlainJavaBaseline(LocalPolicy.statutoryDefaults(), CLOCK);
        requests = requests();
        batches = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i += BATCH) {
            batches.add(requests.subList(i, i + BATCH));
        }
        for (ComplaintRequest request : requests) {
            EligibilityDecision decision = drl.assess(request);
            PlainJavaBaseline.Result result = java.assess(request);
            if (decision.outcome() != result.verdict().outcome()
                    || !decision.deadlines().equals(result.deadlines().stream().sorted().toList())) {
                throw new IllegalStateException("DRL and plain Java disagree: the comparison would be meaningless");
            }
        }
    }

    /** The random sample, or the requests of the file {@link #REQUESTS_FILE} names, written there if it has none yet. */
    private static List<ComplaintRequest> requests() {
        String file = System.getProperty(REQUESTS_FILE);
        if (file == null) {
            return RandomRequests.sample(REQUESTS, SEED);
        }
        Path path = Path.of(file);
        try {
            if (Files.exists(path)) {
                return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                        .map(line -> CscRulesJson.read(line, ComplaintRequest.class)).toList();
            }
            List<ComplaintRequest> sample = RandomRequests.sample(REQUESTS, SEED);
            Files.write(path, sample.stream().map(request -> CscRulesJson.write(request).replace("\n", "")).toList(),
                    StandardCharsets.UTF_8);
            return sample;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the requests file " + path, e);
        }
    }

    /** Per-thread position in the inputs, so that threads do not contend on a counter. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public EligibilityDecision drlAssess(Cursor cursor) {
        cursor.next = (cursor.next + 1) & (REQUESTS - 1);
        return drl.assess(requests.get(cursor.next));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<EligibilityDecision> drlAssessAll(Cursor cursor) {
        cursor.next = (cursor.next + 1) % batches.size();
        return drl.assessAll(batches.get(cursor.next));
    }

    /** Validation alone: the part of every decision that no batching can save. */
    @Benchmark
    public List<Violation> validationOnly(Cursor cursor) {
        cursor.next = (cursor.next + 1) & (REQUESTS - 1);
        return validator.violations(requests.get(cursor.next));
    }

    @Benchmark
    public PlainJavaBaseline.Result plainJavaAssess(Cursor cursor) {
        cursor.next = (cursor.next + 1) & (REQUESTS - 1);
        return java.assess(requests.get(cursor.next));
    }
}
