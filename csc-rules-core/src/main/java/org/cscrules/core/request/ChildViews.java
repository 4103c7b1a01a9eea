package org.cscrules.core.request;

/**
 * The child's views on a complaint made on their behalf: the council should
 * confirm "where possible" that the child is content and that the complaint reflects their views.
 */
public enum ChildViews {
    /** The child agrees with the complaint and with the representative acting. */
    CONSENT_GIVEN,
    /** The child does not want the complaint made, or not by this representative. */
    CONSENT_REFUSED,
    /** Nobody has asked the child yet. */
    NOT_SOUGHT,
    /** The child's views cannot be obtained, e.g. a pre-verbal child or one who lacks capacity. */
    CANNOT_BE_OBTAINED
}
