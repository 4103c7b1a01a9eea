package org.cscrules.core.audit;

import java.util.List;
import org.cscrules.core.decision.EligibilityDecision;

/**
 * What replaying a {@link DecisionRecord} on this library gave: the decision recorded, the
 * decision given again (with the recorded policy, "as at" the recorded moment), and which parts of
 * the provenance differ. With no difference the decisions are equal; when they are not, the
 * differing parts (e.g. a newer rulebook) say why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recorded the decision as recorded
 * @param replayed the decision this library gives for the same request, policy and moment
 */
public record Replay(EligibilityDecision recorded, EligibilityDecision replayed) {

    /**
     * Checks that both decisions are given.
     *
     * @param recorded the decision as recorded; not null
     * @param replayed the decision given again; not null
     * @throws IllegalArgumentException if either is null
     */
    public Replay {
        if (recorded == null || replayed == null) {
            throw new IllegalArgumentException("A replay needs the recorded decision and the replayed one");
        }
    }

    /**
     * Whether the replayed decision equals the recorded one, provenance and all.
     *
     * @return true when the two decisions are equal
     */
    public boolean equal() {
        return recorded.equals(replayed);
    }

    /**
     * Whether the answer (outcome, reasons, actions, route, deadlines, parts) is the same, whatever
     * the provenance.
     *
     * @return true when only the provenance may differ
     */
    public boolean sameAnswer() {
        return recorded.sameAnswerAs(replayed);
    }

    /**
     * The parts of the provenance that differ, in {@link ProvenancePart} order.
     *
     * @return the parts; empty when the provenances are equal
     */
    public List<ProvenancePart> differences() {
        return ProvenancePart.differences(recorded.provenance(), replayed.provenance());
    }

    /**
     * One sentence for the audit trail: equal, or which parts differ (recorded and now) and whether
     * the answer changed.
     *
     * @return the sentence, never null
     */
    public String explanation() {
        return equal() ? "The replay gives the recorded decision."
                : ProvenancePart.whyDifferent(sameAnswer(), recorded.provenance(), replayed.provenance());
    }
}
