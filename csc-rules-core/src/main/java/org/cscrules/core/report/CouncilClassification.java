package org.cscrules.core.report;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the council classified one complaint in its own {@link CouncilTaxonomy}: the service area
 * or team it concerned, its themes, and the learning or actions recorded when it concluded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param serviceArea the council's service area or team, one of its taxonomy's; null if not classified
 * @param themes the complaint's themes; empty if not classified; unmodifiable
 * @param learning the learning or actions recorded; empty if none; unmodifiable
 * @param equality the equality monitoring the council recorded of the person the complaint concerns; null if none
 */
public record CouncilClassification(@Nullable String serviceArea, Set<String> themes, Set<String> learning,
                                    @Nullable EqualityMonitoring equality) {

    /**
     * A classification without equality monitoring.
     *
     * @param serviceArea the council's service area or team; null if not classified
     * @param themes the complaint's themes; null for none
     * @param learning the learning or actions recorded; null for none
     * @throws NullPointerException if a set holds a null
     */
    public CouncilClassification(@Nullable String serviceArea, @Nullable Set<String> themes, @Nullable Set<String> learning) {
        this(serviceArea, themes, learning, null);
    }

    /**
     * Copies the sets into unmodifiable ones; a null set is none.
     *
     * @param serviceArea the council's service area or team, or null if not classified
     * @param themes the complaint's themes; null is read as none
     * @param learning the learning or actions recorded; null is read as none
     * @param equality the equality monitoring recorded, or null if none
     * @throws NullPointerException if a set holds a null
     */
    public CouncilClassification {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        learning = learning == null ? Set.of() : Set.copyOf(learning);
    }
}
