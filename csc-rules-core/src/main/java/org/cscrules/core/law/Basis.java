package org.cscrules.core.law;

/** What a rule, timescale or action rests on. A council may change only what rests on local policy. */
public enum Basis {
    /** An Act or statutory instrument: Children Act 1989, SI 2006/1738, and the like. */
    STATUTE,
    /** Statutory guidance, chiefly "Getting the Best from Complaints" (DfES 2006). */
    STATUTORY_GUIDANCE,
    /** A council's own choice where the law is silent or unclear; see {@code LocalPolicy}. */
    LOCAL_POLICY,
    /**
     * The library's own procedural rule: bookkeeping the law does not speak of (events in date
     * order, an extension that lengthens), which any faithful record of a complaint must keep.
     */
    LIBRARY_PROCEDURE
}
