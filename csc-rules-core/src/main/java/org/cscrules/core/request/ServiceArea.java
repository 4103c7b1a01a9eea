package org.cscrules.core.request;

/** The service complained about (Cheshire West and Chester's annual report for 2016-17 table 5), for the annual report. */
public enum ServiceArea {
    /** Services for children in need. */
    CHILDREN_IN_NEED,
    /** Services for children in care (looked-after children). */
    CHILDREN_IN_CARE,
    /** Leaving-care services. */
    LEAVING_CARE,
    /** Services for disabled children. */
    CHILDREN_WITH_DISABILITIES,
    /** Fostering services. */
    FOSTERING,
    /** Adoption services. */
    ADOPTION,
    /** Early help. */
    EARLY_HELP,
    /** Safeguarding and child protection. */
    SAFEGUARDING,
    /** The council's front door: contact and referral. */
    CONTACT_AND_REFERRAL,
    /** Transition to adult services. */
    TRANSITION,
    /** Any other service. */
    OTHER
}
