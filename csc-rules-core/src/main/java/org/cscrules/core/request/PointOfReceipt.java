package org.cscrules.core.request;

/** Where in the council the complaint first arrived (Cheshire West and Chester's annual report for 2016-17 table 8), for the annual report. */
public enum PointOfReceipt {
    SERVICE_AREA,
    COMPLAINTS_TEAM,
    DIRECTOR,
    CHIEF_EXECUTIVE,
    OTHER
}
