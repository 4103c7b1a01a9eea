package org.cscrules.core.process;

import java.util.List;
import java.util.Objects;
import org.cscrules.core.decision.Provenance;

/**
 * A complaint moved, at the caller's request, onto the process's current policy and bank-holiday
 * data: the new state, every running deadline whose due date changed, the settings that changed
 * and whether the data did.
 *
 * <p>When the bank-holiday data changed, the "before" dates are counted on the new data with the
 * old policy, because a release carries only its own data: a deadline moved by the data alone
 * then shows no change here, and {@code calendarDataChanged} says to compare with the dates the
 * council gave.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the complaint on its new basis (events unchanged)
 * @param changes each running deadline that moved, started or stopped; empty if none did
 * @param changedSettings the names of the policy settings that differ, in declaration order; empty
 *     if none does
 * @param calendarDataChanged whether this release's bank-holiday data differ from those the complaint
 *     was counted on, within the years its basis covers (false when only the fingerprint's horizon or
 *     data beyond it differ)
 * @param provenance what produced the recalculation
 */
public record Recalculation(ComplaintState state, List<DeadlineChange> changes, List<String> changedSettings,
                            boolean calendarDataChanged, Provenance provenance) {

    /**
     * Copies the lists; every part must be given.
     *
     * @param state the complaint on its new basis; not null
     * @param changes each running deadline that moved, started or stopped; not null, no null
     * @param changedSettings the names of the settings that differ; not null, no null
     * @param calendarDataChanged whether the bank-holiday data differ within the basis's years
     * @param provenance what produced the recalculation; not null
     * @throws IllegalArgumentException if a part is null or a list holds a null
     */
    public Recalculation {
        if (state == null || changes == null || changedSettings == null || provenance == null
                || changes.stream().anyMatch(Objects::isNull) || changedSettings.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A recalculation needs the new state, the changes, the changed settings "
                    + "and its provenance, without nulls");
        }
        changes = List.copyOf(changes);
        changedSettings = List.copyOf(changedSettings);
    }

    /**
     * Whether nothing moved: same settings, same data, same deadlines.
     *
     * @return true when there is no change, no changed setting and no change of data
     */
    public boolean unchanged() {
        return changes.isEmpty() && changedSettings.isEmpty() && !calendarDataChanged;
    }
}
