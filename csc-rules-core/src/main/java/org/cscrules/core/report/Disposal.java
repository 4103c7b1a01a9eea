package org.cscrules.core.report;

/**
 * What became of a representation (Cheshire West and Chester's annual report for 2016-17 table 1, Harrow's annual report for 2017/18 table 1): a valid complaint under
 * the procedure, or one of the ways a representation leaves it.
 */
public enum Disposal {
    /** Considered under the statutory procedure. */
    VALID_COMPLAINT,
    /** Not eligible: the complainant or the matter is outside the procedure. */
    INELIGIBLE,
    /** Withdrawn before it was considered. */
    WITHDRAWN,
    /** Resolved by another route: the corporate procedure, a representation, another process. */
    ALTERNATIVE_ROUTE
}
