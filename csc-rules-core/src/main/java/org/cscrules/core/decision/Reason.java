package org.cscrules.core.decision;

import java.util.Comparator;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;

/**
 * One finding of one rule: what it means for the outcome, why in plain English, and the provision
 * it rests on. A reason resting on a council's local setting says so in its {@link #basis()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule's stable id, e.g. {@code WHO-E2-PARENT}, listed in the rulebook; never blank
 * @param effect what this finding alone makes of the complaint: an outcome it points to, or none (a note)
 * @param text the finding in plain English, without personal data; never blank
 * @param citation the provision the finding rests on
 * @param basis statute, statutory guidance or local policy
 */
public record Reason(String ruleId, Effect effect, String text, Citation citation, Basis basis)
        implements Comparable<Reason> {

    /** Strongest effect first (notes last), then by rule id: the stable order of a decision's reasons. */
    private static final Comparator<Reason> ORDER = Comparator.comparing(Reason::effect).reversed()
            .thenComparing(Reason::ruleId).thenComparing(Reason::text);

    /**
     * Checks that every part is given.
     *
     * @param ruleId the rule's stable id; not blank
     * @param effect what this finding alone makes of the complaint; not null
     * @param text the finding in plain English; not blank
     * @param citation the provision; not null
     * @param basis statute, statutory guidance or local policy; not null
     * @throws IllegalArgumentException if a part is null or blank
     */
    public Reason {
        if (ruleId == null || ruleId.isBlank() || effect == null || text == null || text.isBlank()
                || citation == null || basis == null) {
            throw new IllegalArgumentException("A reason needs a rule id, an effect, a text, a citation and a basis");
        }
    }

    /**
     * Orders by effect, strongest first, then by rule id and text.
     *
     * @param other another reason; not null
     * @return negative, zero or positive as this comes before, with or after {@code other}
     */
    @Override
    public int compareTo(Reason other) {
        return ORDER.compare(this, other);
    }
}
