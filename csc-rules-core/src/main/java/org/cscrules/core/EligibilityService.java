package org.cscrules.core;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.internal.validation.ModelValidator;
import org.cscrules.core.internal.whatif.WhatIf;
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
     * @param request the complaint as the council received it; validated first, so a null request
     *     is reported as a violation like any other
     * @return the decision: outcome, reasons with their citations, actions and deadlines; never null
     * @throws org.cscrules.core.validation.InvalidRequestException listing every violation, if the
     *     request is null or invalid
     * @throws IllegalStateException if the rules themselves fail: a bug in the library, never bad input
     */
    EligibilityDecision assess(ComplaintRequest request);

    /**
     * Assesses many complaints, e.g. a year's records or a test suite's cases, in the given order.
     * Every request is validated first; if any is invalid nothing is assessed.
     *
     * @param requests the complaints, in the order their decisions are wanted; a null collection, or
     *     a null request in it, is reported as a violation
     * @return one decision per request, in the collection's iteration order; never null, empty for
     *     no requests
     * @throws org.cscrules.core.validation.InvalidRequestException listing every violation, its
     *     path prefixed with the request's index, e.g. {@code [3].dates.received}
     * @throws IllegalStateException if the rules themselves fail: a bug in the library, never bad input
     */
    List<EligibilityDecision> assessAll(Collection<ComplaintRequest> requests);

    /**
     * Assesses one complaint, and says what the decision would be if each open fact of the request
     * were settled ({@link org.cscrules.core.request.OpenFact}): a finding the council has not yet
     * made, the child's views not yet sought, understanding not assessed, how the complaint is made,
     * a status entered as disputed or being assessed. Each value that changes the outcome is listed
     * with the outcome, route and added reasons it gives, and two facts together only where neither
     * alone gives that outcome ({@link EligibilityDecision#alternatives()}). A finding a change needs
     * the day of (the reg. 12 decision) is taken to be made on the decision's day.
     *
     * <p>It runs the rules once for the request and again for each variant, so it costs a multiple
     * of {@link #assess}: ask for it where a caseworker wants the answer, not in a batch.
     *
     * @param request the complaint as the council received it; validated first
     * @return the decision with its alternatives; the same decision as {@link #assess} gives, and no
     *     alternatives when nothing open changes the outcome
     * @throws org.cscrules.core.validation.InvalidRequestException listing every violation, if the
     *     request is null or invalid
     * @throws IllegalStateException if the rules themselves fail: a bug in the library, never bad input
     */
    default EligibilityDecision assessWithAlternatives(ComplaintRequest request) {
        EligibilityDecision decision = assess(request);
        ModelValidator validator = ModelValidator.createLightweight(decision.provenance().clock());
        return decision.withAlternatives(WhatIf.alternatives(request, decision, decision.provenance().asAtDate(),
                variant -> validator.violations(variant).isEmpty(), this::assessAll));
    }

    /**
     * The local policy this service applies.
     *
     * @return the policy given when the service was created; never null
     */
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
     * @param record a decision as recorded with its request and provenance; a null record is
     *     reported as a violation
     * @return the original decision, the decision given again, and how they differ; never null
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

    /**
     * The service with the statutory defaults and the system clock (Europe/London).
     *
     * @return a new service, never null; costly to build, so keep and share it
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static EligibilityService create() {
        return create(LocalPolicy.statutoryDefaults());
    }

    /**
     * The service with a council's policy and the system clock (Europe/London).
     *
     * @param policy the council's policy, e.g. {@link LocalPolicy#statutoryDefaults()}
     * @return a new service, never null; costly to build, so keep and share it
     * @throws IllegalArgumentException if {@code policy} is null
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static EligibilityService create(LocalPolicy policy) {
        return create(policy, Providers.systemClock());
    }

    /**
     * The service with a council's policy and an injected clock, the source of "today".
     *
     * @param policy the council's policy, e.g. {@link LocalPolicy#statutoryDefaults()}
     * @param clock the source of "today" for validation (no date in the future) and of the instant a
     *     decision's provenance records; a fixed clock makes decisions reproducible
     * @return a new service, never null; costly to build, so keep and share it
     * @throws IllegalArgumentException if {@code policy} or {@code clock} is null
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static EligibilityService create(LocalPolicy policy, Clock clock) {
        return Providers.find(policy, clock).eligibilityService(policy, clock);
    }
}
