package org.cscrules.core.audit;

import java.util.List;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.decision.ProvenancePart;

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
                : whyDifferent(sameAnswer(), recorded.provenance(), replayed.provenance());
    }

    /**
     * Why a replayed answer is not the recorded one, in one sentence: whether the answer itself
     * differs, and which parts of the provenance do (recorded and now); where none does, whether
     * the library versions name their code.
     *
     * @param sameAnswer whether the answer is the same, whatever the provenance
     * @param recorded the provenance recorded; not null
     * @param replayed the provenance of the replay; not null
     * @return the sentence, never null
     */
    static String whyDifferent(boolean sameAnswer, Provenance recorded, Provenance replayed) {
        List<ProvenancePart> parts = ProvenancePart.differences(recorded, replayed);
        String answer = sameAnswer ? "The answer is the same" : "The answer differs";
        if (parts.isEmpty() && !(recorded.identifiesItsCode() && replayed.identifiesItsCode())) {
            return answer + ", yet no part of the provenance does; the library version " + replayed.libraryVersion()
                    + " does not name its code (a build outside git, from a changed tree, or without Maven), so the code may differ.";
        }
        if (parts.isEmpty()) {
            return answer + ", yet no part of the provenance does: either the record was altered after it was made, or "
                    + "the library has a fault, to be reported. A sealed record tells which (csc-rules-json's RecordSeals.check).";
        }
        return answer + "; the provenance differs in " + parts.stream()
                .map(part -> part.describe(recorded, replayed)).collect(java.util.stream.Collectors.joining("; ")) + ".";
    }
}
