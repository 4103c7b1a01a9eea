package org.cscrules.core.law;

/**
 * A reference to the provision a fact comes from, e.g. "Children Act 1989 s26(3)(b)", with how
 * firmly it has been checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the provision, written as a lawyer would cite it
 * @param verification how firmly the reference has been checked (statute.md §0)
 */
public record Citation(String reference, Verification verification) {

    /** Checks that the reference is given and not blank. */
    public Citation {
        if (reference == null || reference.isBlank() || verification == null) {
            throw new IllegalArgumentException("A citation needs a reference and a verification");
        }
    }

    /** A reference checked against the primary text. */
    public static Citation verified(String reference) {
        return new Citation(reference, Verification.VERIFIED);
    }

    /** A reference stated by a reputable secondary source. */
    public static Citation secondary(String reference) {
        return new Citation(reference, Verification.SECONDARY);
    }

    /** A reference not yet checked: a configurable default, not law. */
    public static Citation unverified(String reference) {
        return new Citation(reference, Verification.UNVERIFIED);
    }

    @Override
    public String toString() {
        return reference;
    }
}
