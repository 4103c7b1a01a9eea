package org.cscrules.core.law;

/**
 * Where something comes from: its citation and whether that is statute, statutory guidance,
 * local policy or the library's own procedural rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param citation the provision
 * @param basis what kind of source it is
 */
public record Provision(Citation citation, Basis basis) {

    /** Checks that both parts are given. */
    public Provision {
        if (citation == null || basis == null) {
            throw new IllegalArgumentException("A provision needs a citation and a basis");
        }
    }

    /** A provision of an Act or statutory instrument. */
    public static Provision statute(Citation citation) {
        return new Provision(citation, Basis.STATUTE);
    }

    /** A provision of statutory guidance. */
    public static Provision guidance(Citation citation) {
        return new Provision(citation, Basis.STATUTORY_GUIDANCE);
    }

    /** A council's local choice, citing the practice or source it follows. */
    public static Provision localPolicy(Citation citation) {
        return new Provision(citation, Basis.LOCAL_POLICY);
    }

    /**
     * One of the library's own procedural rules: bookkeeping the law does not speak of.
     *
     * @param citation the section of the library's legal reference that states the rule; not null
     * @return the provision, never null
     * @throws IllegalArgumentException if {@code citation} is null
     */
    public static Provision procedure(Citation citation) {
        return new Provision(citation, Basis.LIBRARY_PROCEDURE);
    }
}
