package org.cscrules.core.request;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * How the complaint stands to the child, and for a complaint made on the child's
 * behalf: who acts, the child's views, and the council's suitability decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode in the complainant's own right, on the child's behalf, or relating to the child
 * @param representative who acts for the child; required on the child's behalf, null otherwise
 * @param childViews the child's views; required on the child's behalf, null otherwise
 * @param suitability the council's decision on the representative; required on the child's behalf,
 *     null otherwise
 * @param bestInterestsConfirmed for a child whose views cannot be obtained: whether the council is
 *     satisfied the representative acts in the child's best interests (a council's setting, {@code LocalPolicy.representativeWithoutChildsViews});
 *     null when not considered
 * @param complainantsRepresentative for an adult complainant (in their own right, or about a child):
 *     who acts for them (a solicitor, an advocate, an elected member, a friend); null when they act
 *     in person. The complainant's standing is decided, never the representative's
 * @param complainantConsented with {@code complainantsRepresentative}: whether the complainant has
 *     confirmed that the representative acts for them; null until asked
 */
@ValidRepresentation
public record Representation(
        @NotNull RepresentationMode mode,
        @Nullable RepresentativeKind representative,
        @Nullable ChildViews childViews,
        @Nullable Suitability suitability,
        @Nullable Boolean bestInterestsConfirmed,
        @Nullable RepresentativeKind complainantsRepresentative,
        @Nullable Boolean complainantConsented) {

    /**
     * A representation as 0.1.0 recorded one, with no representative of an adult complainant.
     *
     * @param mode in own right, on the child's behalf, or relating to the child
     * @param representative who acts for the child, or null
     * @param childViews the child's views, or null
     * @param suitability the council's decision on the child's representative, or null
     * @param bestInterestsConfirmed the council's best-interests finding, or null
     */
    public Representation(RepresentationMode mode, @Nullable RepresentativeKind representative,
                          @Nullable ChildViews childViews, @Nullable Suitability suitability,
                          @Nullable Boolean bestInterestsConfirmed) {
        this(mode, representative, childViews, suitability, bestInterestsConfirmed, null, null);
    }

    /**
     * The complainant acts in their own right (a child, a parent, a foster carer...).
     *
     * @return the representation, never null
     */
    public static Representation inOwnRight() {
        return new Representation(RepresentationMode.IN_OWN_RIGHT, null, null, null, null);
    }

    /**
     * An adult complains about matters relating to the child, not on the child's behalf.
     *
     * @return the representation, never null
     */
    public static Representation relatingToChild() {
        return new Representation(RepresentationMode.RELATES_TO_CHILD, null, null, null, null);
    }

    /**
     * A representative acts on the child's behalf.
     *
     * @param representative who acts for the child
     * @param childViews the child's views
     * @param suitability the council's decision on the representative, {@link Suitability#NOT_YET_DECIDED}
     *     until it decides
     * @return the representation, never null
     */
    public static Representation onBehalfOfChild(RepresentativeKind representative, ChildViews childViews,
                                                 Suitability suitability) {
        return new Representation(RepresentationMode.ON_BEHALF_OF_CHILD, representative, childViews, suitability, null);
    }

    /**
     * This representation with the council's best-interests finding, for a child whose views cannot
     * be obtained.
     *
     * @param confirmed whether the council is satisfied the representative acts in the child's best interests
     * @return a new representation, never null; this one is unchanged
     */
    public Representation withBestInterestsConfirmed(boolean confirmed) {
        return new Representation(mode, representative, childViews, suitability, confirmed, complainantsRepresentative,
                complainantConsented);
    }

    /**
     * An adult complainant acts through a representative of their own; their own standing is decided.
     *
     * @param kind who acts for the complainant
     * @param consented whether the complainant has confirmed it; null until asked
     * @return a new representation with the complainant's representative, never null; this one is unchanged
     */
    public Representation withComplainantsRepresentative(RepresentativeKind kind, @Nullable Boolean consented) {
        return new Representation(mode, representative, childViews, suitability, bestInterestsConfirmed, kind, consented);
    }
}
