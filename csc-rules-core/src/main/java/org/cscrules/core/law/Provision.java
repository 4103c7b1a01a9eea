package org.cscrules.core.law;

/**
 * Where something comes from: its citation and whether that is statute, statutory guidance,
 * local policy or the library's own procedural rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param citation the provision; never null
 * @param basis what kind of source it is; never null
 */
public record Provision(Citation citation, Basis basis) {

    /**
     * Checks that both parts are given.
     *
     * @param citation the provision
     * @param basis what kind of source it is
     * @throws IllegalArgumentException if either is null
     */
    public Provision {
        if (citation == null || basis == null) {
            throw new IllegalArgumentException("A provision needs a citation and a basis");
        }
    }

    /**
     * A provision of an Act or statutory instrument.
     *
     * @param citation the provision
     * @return the provision, never null
     * @throws IllegalArgumentException if {@code citation} is null
     */
    public static Provision statute(Citation citation) {
        return new Provision(citation, Basis.STATUTE);
    }

    /**
     * A provision of statutory guidance.
     *
     * @param citation the passage of guidance
     * @return the provision, never null
     * @throws IllegalArgumentException if {@code citation} is null
     */
    public static Provision guidance(Citation citation) {
        return new Provision(citation, Basis.STATUTORY_GUIDANCE);
    }

    /**
     * A council's local choice, citing the practice or source it follows.
     *
     * @param citation the setting, and the practice or source it follows
     * @return the provision, never null
     * @throws IllegalArgumentException if {@code citation} is null
     */
    public static Provision localPolicy(Citation citation) {
        return new Provision(citation, Basis.LOCAL_POLICY);
    }

    /**
     * One of the library's own procedural rules: bookkeeping the law does not speak of.
     *
     * @param citation the section of the library's legal reference that states the rule
     * @return the provision, never null
     * @throws IllegalArgumentException if {@code citation} is null
     */
    public static Provision procedure(Citation citation) {
        return new Provision(citation, Basis.LIBRARY_PROCEDURE);
    }
}
