package org.cscrules.core.request;

/** Where in the council the complaint first arrived (Cheshire West and Chester's annual report for 2016-17 table 8), for the annual report. */
public enum PointOfReceipt {
    /** A service area: the team or service itself, rather than the complaints team. */
    SERVICE_AREA,
    /** The council's complaints team. */
    COMPLAINTS_TEAM,
    /** The Director of Children's Services. */
    DIRECTOR,
    /** The council's Chief Executive. */
    CHIEF_EXECUTIVE,
    /** Anywhere else in the council. */
    OTHER
}
