package org.cscrules.core.remedy;

import java.util.List;

/**
 * A kept record this release answers differently, and what the council should consider: the old
 * and the new answer, the rules that changed it with their citations, the corrections behind them,
 * and the considerations, never a decision made for the council.
 *
 * @param reference the kept record's reference
 * @param kind what was kept: a decision, or a step of a journey
 * @param before the answer kept: the outcome (and route), or the step's event and outcome
 * @param after this release's answer to the same
 * @param changedRules the ids of the rules in one answer and not the other, sorted; empty when
 *     only a deadline changed; unmodifiable
 * @param citations the provisions the new answer's changed rules cite, in rule order, each as
 *     "rule id: reference"; unmodifiable
 * @param corrections the corrections the changed rules belong to; empty when none does (the answer
 *     changed for a reason {@code CHANGELOG.md} gives under its rules' names); unmodifiable
 * @param consider what the council should consider doing, from the corrections; unmodifiable
 */
public record Remedy(String reference, Kind kind, String before, String after, List<String> changedRules,
                     List<String> citations, List<Correction> corrections, List<String> consider) {

    /** What was kept. */
    public enum Kind {
        /** A decision on whether a complaint is within the procedure. */
        DECISION,
        /** A step of a complaint's journey through the stages. */
        JOURNEY
    }

    /**
     * Copies the lists into unmodifiable ones.
     *
     * @param reference the kept record's reference
     * @param kind what was kept
     * @param before the answer kept
     * @param after this release's answer to the same
     * @param changedRules the ids of the rules that changed; not null, no null
     * @param citations the provisions the changed rules cite; not null, no null
     * @param corrections the corrections behind them; not null, no null
     * @param consider what the council should consider doing; not null, no null
     * @throws NullPointerException if a list is null or holds a null
     */
    public Remedy {
        changedRules = List.copyOf(changedRules);
        citations = List.copyOf(citations);
        corrections = List.copyOf(corrections);
        consider = List.copyOf(consider);
    }
}
