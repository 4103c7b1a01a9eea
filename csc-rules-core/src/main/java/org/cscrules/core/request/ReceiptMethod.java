package org.cscrules.core.request;

/** How the complaint was lodged (Cheshire West and Chester's annual report for 2016-17 table 9), for the annual report. */
public enum ReceiptMethod {
    LETTER,
    TELEPHONE_OR_VERBAL,
    EMAIL,
    ONLINE_FORM,
    FEEDBACK_FORM,
    IN_PERSON,
    OTHER
}
