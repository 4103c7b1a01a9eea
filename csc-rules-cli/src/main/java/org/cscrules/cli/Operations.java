package org.cscrules.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Recalculation;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.cscrules.json.RecordSeals;

/**
 * What every way in answers, on one policy, one clock and one key: a decision, a replay, a
 * transition, a new state, a recalculation. The services are built once, on other threads, from
 * the moment this is made, so that reading the input and starting the rules overlap; each is built
 * only if asked for. Thread-safe.
 */
final class Operations {

    /** The services an operation needs. */
    enum Needs {
        /** The eligibility rules. */
        ELIGIBILITY,
        /** The complaint process. */
        PROCESS
    }

    private final Clock clock;
    private final byte[] key;
    private final Lazy<EligibilityService> eligibility;
    private final Lazy<ComplaintProcess> process;

    /**
     * @param policy the council's policy
     * @param clock "today"
     * @param key the council's key for sealing and checking records; null for none
     * @param needs the services to start building now; any other is built when first asked for
     */
    Operations(LocalPolicy policy, Clock clock, byte[] key, Needs... needs) {
        this.clock = clock;
        this.key = key == null ? null : key.clone();
        this.eligibility = new Lazy<>(() -> EligibilityService.create(policy, clock));
        this.process = new Lazy<>(() -> ComplaintProcess.create(policy, clock));
        List<Needs> now = List.of(needs);
        if (now.contains(Needs.ELIGIBILITY)) {
            eligibility.startBuilding();
        }
        if (now.contains(Needs.PROCESS)) {
            process.startBuilding();
        }
    }

    /** A service built once: on another thread from when it is asked to start, else when first needed. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private CompletableFuture<T> built;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized void startBuilding() {
            if (built == null) {
                built = CompletableFuture.supplyAsync(make);
            }
        }

        T get() {
            CompletableFuture<T> future;
            synchronized (this) {
                if (built == null) {
                    built = CompletableFuture.completedFuture(make.get());
                }
                future = built;
            }
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /**
     * A complaint request's decision, or with {@code record} a sealed decision record to keep; with
     * {@code whatIf}, the decision lists what each open fact would change.
     */
    Object assess(ComplaintRequest request, boolean record, boolean whatIf) {
        EligibilityDecision decision = whatIf ? eligibility.get().assessWithAlternatives(request) : eligibility.get().assess(request);
        return record ? RecordSeals.seal(new DecisionRecord(request, decision), key) : decision;
    }

    /** Whether this library gives a decision record's decision, and if not which part differs; its seal checked. */
    Map<String, Object> replay(DecisionRecord record) {
        if (record == null) {
            throw new InvalidRequestException(List.of(new Violation("", "must not be null")));
        }
        RecordSeals.Check seal = RecordSeals.check(record, key);
        Replay replay = EligibilityService.replay(record);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("equal", replay.equal());
        answer.put("sameAnswer", replay.sameAnswer());
        answer.put("differences", replay.differences());
        answer.put("seal", seal.status());
        if (!seal.altered().isEmpty()) {
            answer.put("altered", seal.altered());
        }
        answer.put("explanation", RecordSeals.explanation(replay, seal));
        answer.put("replayed", replay.replayed());
        return answer;
    }

    /** The transition an event makes of a state, counted on the policy the state carries. */
    Transition process(ProcessStep step) {
        if (step == null) {
            throw new InvalidRequestException(List.of(new Violation("", "must not be null")));
        }
        return process.get().apply(step.state(), step.event());
    }

    /** The state of a complaint just received, its deadlines counted on the policy from now on; validated. */
    ComplaintState start(LocalDate received, LocalDate stage1ClockStart) {
        if (received == null) {
            throw new InvalidRequestException(List.of(new Violation("received", "must not be null")));
        }
        ComplaintProcess complaints = process.get();
        ComplaintState state = complaints.start(received, stage1ClockStart == null ? received : stage1ClockStart);
        complaints.deadlines(state); // validates it: a state that could not be, or received in the future, is refused here
        return state;
    }

    /** A state moved onto the policy, with every running deadline that moved. */
    Recalculation recalculate(ComplaintState state) {
        if (state == null) {
            throw new InvalidRequestException(List.of(new Violation("state", "must not be null")));
        }
        return process.get().recalculate(state);
    }

    /** The clock of this run, for the answers that name today. */
    Clock clock() {
        return clock;
    }

    /** The eligibility service, once built (the provenance of the running rules). */
    EligibilityService eligibility() {
        return eligibility.get();
    }
}
