package org.cscrules.core.request;

/** The service complained about (Cheshire West and Chester's annual report for 2016-17 table 5), for the annual report. */
public enum ServiceArea {
    CHILDREN_IN_NEED,
    CHILDREN_IN_CARE,
    LEAVING_CARE,
    CHILDREN_WITH_DISABILITIES,
    FOSTERING,
    ADOPTION,
    EARLY_HELP,
    SAFEGUARDING,
    CONTACT_AND_REFERRAL,
    TRANSITION,
    OTHER
}
