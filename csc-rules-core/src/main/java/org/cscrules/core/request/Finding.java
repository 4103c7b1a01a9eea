package org.cscrules.core.request;

/**
 * What a stage found, as councils record and report it (Cheshire West and Chester's annual report for 2016-17 tables 3 and 4: "upheld, not
 * upheld or partially upheld").
 */
public enum Finding {
    /** The complaint was upheld. */
    UPHELD,
    /** Some elements were upheld, others not. */
    PARTIALLY_UPHELD,
    /** The complaint was not upheld. */
    NOT_UPHELD
}
