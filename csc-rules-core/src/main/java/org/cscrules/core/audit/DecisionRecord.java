package org.cscrules.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.request.ComplaintRequest;
import org.jspecify.annotations.Nullable;

/**
 * A decision kept for audit: the request as assessed and the decision, whose {@link org.cscrules.core.decision.Provenance}
 * names the library, rulebook, bank-holiday data, policy and moment that produced it. A caseworker
 * system stores it beside the case (as JSON, with csc-rules-json's {@code CscRulesJson}) and
 * {@link org.cscrules.core.EligibilityService#replay(DecisionRecord) replays} it months later.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>A record may carry a seal: a digest of each part's canonical JSON, keyed when the council
 * keeps a key (csc-rules-json's {@code RecordSeals}), so that a record altered after it was made is
 * found out rather than blamed on the library. A record written by release 0.1.0 has none and is
 * unsealed.
 *
 * @param request the request as assessed
 * @param decision the decision given, with its provenance
 * @param seal the seal made when the record was kept; null when unsealed (left out of the JSON)
 */
public record DecisionRecord(ComplaintRequest request, EligibilityDecision decision,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String seal) {

    /**
     * Checks that the request and the decision are given.
     *
     * @param request the request as assessed; not null
     * @param decision the decision given; not null
     * @param seal the seal made when the record was kept, or null when unsealed
     *
     * @throws IllegalArgumentException if either is null
     */
    public DecisionRecord {
        if (request == null || decision == null) {
            throw new IllegalArgumentException("A decision record needs the request and the decision");
        }
    }

    /**
     * An unsealed record.
     *
     * @param request the request as assessed; not null
     * @param decision the decision given; not null
     * @throws IllegalArgumentException if either is null
     */
    public DecisionRecord(ComplaintRequest request, EligibilityDecision decision) {
        this(request, decision, null);
    }
}
