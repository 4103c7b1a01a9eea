package org.cscrules.core.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A council's own categories for its report, which no statute fixes and councils name differently
 * (Harrow's "Targeted Services", Cheshire West and Chester's localities and teams): its service
 * areas or teams, the themes of its complaints, and the learning and actions it records. Each list
 * is a row of the report's tables in its order, kept even when no complaint has it that year.
 * Labels are the council's categories, never personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param serviceAreas the council's service areas or teams, in the order of the report's rows;
 *     unmodifiable
 * @param themes the themes it classifies complaints by, in that order; unmodifiable
 * @param learning the kinds of learning or action it records on a concluded complaint, in that
 *     order; unmodifiable
 */
public record CouncilTaxonomy(List<String> serviceAreas, List<String> themes, List<String> learning) {

    /** The most characters a label may have: a category, not a description. */
    public static final int MOST_LABEL_CHARACTERS = 80;

    /**
     * Copies the lists and checks each label.
     *
     * @param serviceAreas the service areas or teams; not null, each label once
     * @param themes the themes; not null, each label once
     * @param learning the kinds of learning or action; not null, each label once
     * @throws IllegalArgumentException if a list is null, or a label is null, blank, too long or repeated in its list
     */
    public CouncilTaxonomy {
        serviceAreas = checked("serviceAreas", serviceAreas);
        themes = checked("themes", themes);
        learning = checked("learning", learning);
    }

    /**
     * No categories of the council's own: the report shows none of their tables.
     *
     * @return the empty taxonomy; never null
     */
    public static CouncilTaxonomy none() {
        return new CouncilTaxonomy(List.of(), List.of(), List.of());
    }

    /**
     * Whether the council has categories of its own.
     *
     * @return true if any list has a label
     */
    public boolean isEmpty() {
        return serviceAreas.isEmpty() && themes.isEmpty() && learning.isEmpty();
    }

    private static List<String> checked(String name, List<String> labels) {
        if (labels == null) {
            throw new IllegalArgumentException(name + " must be a list of labels, not null");
        }
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (label == null || label.isBlank() || label.length() > MOST_LABEL_CHARACTERS || !seen.add(label)) {
                throw new IllegalArgumentException(name + " must hold labels of 1 to " + MOST_LABEL_CHARACTERS
                        + " characters, each once");
            }
        }
        return List.copyOf(labels);
    }
}
