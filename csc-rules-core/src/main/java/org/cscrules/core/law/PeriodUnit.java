package org.cscrules.core.law;

/** The unit a timescale is counted in. */
public enum PeriodUnit {
    /** Working days under reg. 2 of SI 2006/1738, counted with the working-day calendar. */
    WORKING_DAYS,
    /** Calendar weeks. */
    WEEKS,
    /** Calendar months. */
    MONTHS,
    /** No fixed period: "as soon as possible", or none found in the law. */
    NO_FIXED_PERIOD
}
