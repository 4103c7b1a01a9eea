package org.cscrules.core.request;

/**
 * The council's decision whether a representative is suitable to act, or whether a complainant has
 * sufficient interest (SI 2006/1738 reg. 12).
 */
public enum Suitability {
    /** Not decided yet: the council must decide. */
    NOT_YET_DECIDED,
    /** Decided: suitable, or has sufficient interest. */
    SUITABLE,
    /** Decided: not suitable, or lacks sufficient interest. The council must say so in writing. */
    NOT_SUITABLE
}
