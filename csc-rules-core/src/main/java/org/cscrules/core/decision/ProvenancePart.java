package org.cscrules.core.decision;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of a {@link Provenance} a replay compares, each of which can explain a different
 * answer: a newer library or rulebook, other bank-holiday data, another policy, another day.
 */
public enum ProvenancePart {
    /** The version of csc-rules. */
    LIBRARY_VERSION(Provenance::libraryVersion),
    /** The rules' fingerprint: a rule was added, removed or changed. */
    RULEBOOK(Provenance::rulebookVersion),
    /** The bank-holiday data, or the last day of official data. */
    CALENDAR_DATA(p -> List.of(p.calendarDataVersion(), p.calendarOfficialDataUntil())),
    /** A local policy setting. */
    POLICY(Provenance::policy),
    /** The moment as at which the answer was given. */
    AS_AT(p -> List.of(p.asAt(), p.zone()));

    private final Function<Provenance, Object> value;

    ProvenancePart(Function<Provenance, Object> value) {
        this.value = value;
    }

    /**
     * This part of {@code provenance}, for comparing and for saying what it was.
     *
     * @param provenance the provenance to read; not null
     * @return the part's value (a version, the policy, or a list of the values it is made of); never
     *     null, and equal for two provenances exactly when this part is the same in both
     */
    public Object of(Provenance provenance) {
        return value.apply(provenance);
    }

    /**
     * This part as it was in {@code recorded} and is in {@code now}; for a policy, the settings that
     * differ.
     *
     * @param recorded the provenance recorded; not null
     * @param now the provenance now; not null
     * @return the description, never null
     */
    public String describe(Provenance recorded, Provenance now) {
        if (this == POLICY) {
            return this + " (settings that differ: " + String.join(", ", recorded.policy().changedSettings(now.policy())) + ")";
        }
        return this + " (recorded " + of(recorded) + ", now " + of(now) + ")";
    }

    /**
     * The parts in which {@code recorded} and {@code other} differ, in declaration order.
     *
     * @param recorded the provenance recorded; not null
     * @param other the provenance to compare it with; not null
     * @return the parts that differ; empty when none does
     */
    public static List<ProvenancePart> differences(Provenance recorded, Provenance other) {
        return Arrays.stream(values()).filter(part -> !part.of(recorded).equals(part.of(other))).toList();
    }
}
