package org.cscrules.core.audit;

import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.request.ComplaintRequest;

/**
 * A decision kept for audit: the request as assessed and the decision, whose {@link Provenance}
 * names the library, rulebook, bank-holiday data, policy and moment that produced it. A caseworker
 * system stores it beside the case (as JSON, with csc-rules-json's {@code CscRulesJson}) and
 * {@link org.cscrules.core.EligibilityService#replay(DecisionRecord) replays} it months later.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request the request as assessed
 * @param decision the decision given, with its provenance
 */
public record DecisionRecord(ComplaintRequest request, EligibilityDecision decision) {

    /**
     * Checks that both parts are given.
     *
     * @throws IllegalArgumentException if either part is null
     */
    public DecisionRecord {
        if (request == null || decision == null) {
            throw new IllegalArgumentException("A decision record needs the request and the decision");
        }
    }
}
