package org.cscrules.core.process;

import java.util.Comparator;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;

/**
 * One rule's ruling on an event: its effect, why in plain English, and the provision it rests on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule's stable id, listed in the rulebook; never blank
 * @param effect what this ruling alone makes of the event
 * @param text the ruling in plain English, without personal data; never blank
 * @param citation the provision the ruling rests on
 * @param basis statute, statutory guidance or local policy
 */
public record Ruling(String ruleId, TransitionOutcome effect, String text, Citation citation, Basis basis)
        implements Comparable<Ruling> {

    private static final Comparator<Ruling> ORDER = Comparator.comparing(Ruling::effect).reversed()
            .thenComparing(Ruling::ruleId).thenComparing(Ruling::text);

    /**
     * Checks that every part is given.
     *
     * @param ruleId the rule's stable id; not blank
     * @param effect what this ruling alone makes of the event; not null
     * @param text the ruling in plain English; not blank
     * @param citation the provision; not null
     * @param basis statute, statutory guidance or local policy; not null
     * @throws IllegalArgumentException if a part is null or blank
     */
    public Ruling {
        if (ruleId == null || ruleId.isBlank() || effect == null || text == null || text.isBlank()
                || citation == null || basis == null) {
            throw new IllegalArgumentException("A ruling needs a rule id, an effect, a text, a citation and a basis");
        }
    }

    /**
     * Strongest effect first, then by rule id, then by text: the stable order of a transition's
     * rulings.
     *
     * @param other another ruling; not null
     * @return negative, zero or positive as this comes before, with or after {@code other}
     */
    @Override
    public int compareTo(Ruling other) {
        return ORDER.compare(this, other);
    }
}
