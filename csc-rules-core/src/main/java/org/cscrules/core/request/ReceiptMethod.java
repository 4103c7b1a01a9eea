package org.cscrules.core.request;

/** How the complaint was lodged (Cheshire West and Chester's annual report for 2016-17 table 9), for the annual report. */
public enum ReceiptMethod {
    /** By letter. */
    LETTER,
    /** By telephone, or spoken to a member of staff. */
    TELEPHONE_OR_VERBAL,
    /** By email. */
    EMAIL,
    /** By the council's online complaint form. */
    ONLINE_FORM,
    /** On a paper feedback or complaint form. */
    FEEDBACK_FORM,
    /** In person, at a council office or a meeting. */
    IN_PERSON,
    /** Any other way. */
    OTHER
}
