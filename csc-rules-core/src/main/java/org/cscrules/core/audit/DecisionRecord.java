package org.cscrules.core.audit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.json.JsonMapping;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;

/**
 * A decision kept for audit: the request as assessed and the decision, whose {@link Provenance}
 * names the library, rulebook, bank-holiday data, policy and moment that produced it. It
 * serialises to JSON ({@link #toJson()}) and back ({@link #fromJson(String)}) without loss, so a
 * caseworker system can store it beside the case and {@link
 * org.cscrules.core.EligibilityService#replay(DecisionRecord) replay} it months later.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request the request as assessed
 * @param decision the decision given, with its provenance
 */
public record DecisionRecord(ComplaintRequest request, EligibilityDecision decision) {

    private static final ObjectMapper JSON = JsonMapping.newMapper();

    /** Checks that both parts are given. */
    public DecisionRecord {
        if (request == null || decision == null) {
            throw new IllegalArgumentException("A decision record needs the request and the decision");
        }
    }

    /** The record as JSON: the request, the decision and its provenance, with ISO dates. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("A decision record could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The record {@link #toJson()} wrote.
     *
     * @throws InvalidRequestException if {@code json} is not JSON, or not a whole decision record
     *     (the violation names the JSON location), or the decision it holds is inconsistent
     */
    public static DecisionRecord fromJson(String json) {
        if (json == null) {
            throw new InvalidRequestException(List.of(new Violation("record", "must not be null")));
        }
        try {
            return JSON.readValue(json, DecisionRecord.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidRequestException(List.of(new Violation("record", "is not a decision record" + where + ": "
                    + rootMessage(e))));
        }
    }

    /** The innermost message: a record's own check (e.g. an outcome that does not follow) rather than Jackson's wrapper. */
    private static String rootMessage(JacksonException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? e.getOriginalMessage() : cause.getMessage();
    }
}
