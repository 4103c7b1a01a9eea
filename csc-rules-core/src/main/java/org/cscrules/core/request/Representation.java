package org.cscrules.core.request;

import jakarta.validation.constraints.NotNull;
import org.cscrules.core.internal.validation.ValidRepresentation;

/**
 * How the complaint stands to the child, and for a complaint made on the child's
 * behalf: who acts, the child's views, and the council's suitability decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode in the complainant's own right, on the child's behalf, or relating to the child
 * @param representative who acts for the child; required on the child's behalf, absent otherwise
 * @param childViews the child's views; required on the child's behalf
 * @param suitability the council's decision on the representative; required on the child's behalf
 * @param bestInterestsConfirmed for a child whose views cannot be obtained: whether the council is
 *     satisfied the representative acts in the child's best interests (a council's setting, {@code LocalPolicy.representativeWithoutChildsViews});
 *     null when not considered
 */
@ValidRepresentation
public record Representation(
        @NotNull RepresentationMode mode,
        RepresentativeKind representative,
        ChildViews childViews,
        Suitability suitability,
        Boolean bestInterestsConfirmed) {

    /** The complainant acts in their own right (a child, a parent, a foster carer...). */
    public static Representation inOwnRight() {
        return new Representation(RepresentationMode.IN_OWN_RIGHT, null, null, null, null);
    }

    /** An adult complains about matters relating to the child, not on the child's behalf. */
    public static Representation relatingToChild() {
        return new Representation(RepresentationMode.RELATES_TO_CHILD, null, null, null, null);
    }

    /** A representative acts on the child's behalf. */
    public static Representation onBehalfOfChild(RepresentativeKind representative, ChildViews childViews,
                                                 Suitability suitability) {
        return new Representation(RepresentationMode.ON_BEHALF_OF_CHILD, representative, childViews, suitability, null);
    }

    /** This representation with the council's best-interests finding. */
    public Representation withBestInterestsConfirmed(boolean confirmed) {
        return new Representation(mode, representative, childViews, suitability, confirmed);
    }
}
