package org.cscrules.core.report;

import java.util.Set;

/**
 * How the council classified one complaint in its own {@link CouncilTaxonomy}: the service area
 * or team it concerned, its themes, and the learning or actions recorded when it concluded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param serviceArea the council's service area or team; null if not classified
 * @param themes the complaint's themes; none if not classified
 * @param learning the learning or actions recorded; none if none
 * @param equality the equality monitoring the council recorded of the person the complaint concerns; null if none
 */
public record CouncilClassification(String serviceArea, Set<String> themes, Set<String> learning, EqualityMonitoring equality) {

    /**
     * A classification without equality monitoring.
     *
     * @param serviceArea the council's service area or team; null if not classified
     * @param themes the complaint's themes; null for none
     * @param learning the learning or actions recorded; null for none
     */
    public CouncilClassification(String serviceArea, Set<String> themes, Set<String> learning) {
        this(serviceArea, themes, learning, null);
    }

    /**
     * Copies the sets; a null set is none.
     */
    public CouncilClassification {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        learning = learning == null ? Set.of() : Set.copyOf(learning);
    }
}
