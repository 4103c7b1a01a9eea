package org.cscrules.core.law;

/**
 * What a rule, timescale or action rests on. A council may change only what rests on local policy,
 * and of that only what a {@code LocalPolicy} setting expresses.
 */
public enum Basis {
    /** An Act or statutory instrument: Children Act 1989, SI 2006/1738, and the like. */
    STATUTE,
    /** Statutory guidance, chiefly "Getting the Best from Complaints" (DfES 2006). */
    STATUTORY_GUIDANCE,
    /**
     * Where the law is silent or unclear: a council's own choice, by a setting of {@code
     * LocalPolicy}, or, where there is none, the practice councils follow, which the library
     * applies as its reading (the citation names the practice's source).
     */
    LOCAL_POLICY,
    /**
     * The library's own procedural rule: bookkeeping the law does not speak of (events in date
     * order, an extension that lengthens), which any faithful record of a complaint must keep.
     */
    LIBRARY_PROCEDURE
}
