package org.cscrules.core;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;

/**
 * Decides whether a complaint goes through the statutory children's procedure: the outcome, every
 * reason with its citation, the actions the council must take, and the deadlines that start.
 *
 * <p>Create one per policy and share it: implementations are thread-safe and costly to build.
 * Every request is validated before any rule runs. The library's reading of the provisions, not
 * legal advice.
 */
public interface EligibilityService {

    /**
     * Assesses one complaint.
     *
     * @throws org.cscrules.core.validation.InvalidRequestException listing every violation, if the
     *     request is invalid
     * @throws IllegalStateException if the rules themselves fail: a bug in the library, never bad input
     */
    EligibilityDecision assess(ComplaintRequest request);

    /**
     * Assesses many complaints, e.g. a year's records or a test suite's cases, in the given order.
     * Every request is validated first; if any is invalid nothing is assessed.
     *
     * @throws org.cscrules.core.validation.InvalidRequestException listing every violation, its
     *     path prefixed with the request's index, e.g. {@code [3].dates.received}
     */
    List<EligibilityDecision> assessAll(Collection<ComplaintRequest> requests);

    /** The local policy this service applies. */
    LocalPolicy policy();

    /**
     * What a decision given now would carry: this library's version, the rulebook's, the
     * bank-holiday data's version and last official day, the policy, and the clock's current
     * instant. For a health check or an information page that shows what the service runs on.
     *
     * @return the provenance as at now; never null
     */
    Provenance provenance();

    /**
     * Assesses the recorded request again on this library, with the recorded policy and "as at"
     * the recorded moment: an equal decision, or the parts of the provenance that differ (e.g. a
     * newer rulebook) and whether the answer changed.
     *
     * @throws org.cscrules.core.validation.InvalidRequestException if {@code record} is null, or its
     *     request is not valid on this library (the record's provenance names the library that took it)
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static Replay replay(DecisionRecord record) {
        if (record == null) {
            throw new InvalidRequestException(List.of(new Violation("record", "must not be null")));
        }
        Provenance recorded = record.decision().provenance();
        EligibilityDecision again = Providers.find(recorded.policy(), recorded.clock())
                .eligibilityServiceForReplay(recorded.policy(), recorded.clock()).assess(record.request());
        return new Replay(record.decision(), again);
    }

    /** The service with the statutory defaults and the system clock (Europe/London). */
    static EligibilityService create() {
        return create(LocalPolicy.statutoryDefaults());
    }

    /** The service with a council's policy and the system clock (Europe/London). */
    static EligibilityService create(LocalPolicy policy) {
        return create(policy, Providers.systemClock());
    }

    /**
     * The service with a council's policy and an injected clock, the source of "today".
     *
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static EligibilityService create(LocalPolicy policy, Clock clock) {
        return Providers.find(policy, clock).eligibilityService(policy, clock);
    }
}
