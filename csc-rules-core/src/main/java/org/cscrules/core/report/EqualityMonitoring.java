package org.cscrules.core.report;

/**
 * The equality monitoring a council records of the person a complaint concerns (the service user),
 * where it records it: sex, ethnic group and disability, each from a fixed list and never from
 * free text. The report only ever counts them, with small counts suppressed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sex the person's sex as recorded; not null ({@link Sex#NOT_RECORDED} if not)
 * @param ethnicGroup the person's ethnic group as recorded; not null ({@link EthnicGroup#NOT_RECORDED} if not)
 * @param disability whether the person is disabled, as recorded; not null ({@link Disability#NOT_RECORDED} if not)
 */
public record EqualityMonitoring(Sex sex, EthnicGroup ethnicGroup, Disability disability) {

    /** Sex, as councils record it for monitoring. */
    public enum Sex {
        /** Female. */
        FEMALE,
        /** Male. */
        MALE,
        /** Not recorded, or the person preferred not to say. */
        NOT_RECORDED
    }

    /** The five high-level ethnic groups of the Office for National Statistics, as councils record them. */
    public enum EthnicGroup {
        /** Asian, or Asian British. */
        ASIAN,
        /** Black, Black British, Caribbean or African. */
        BLACK,
        /** Mixed or multiple ethnic groups. */
        MIXED,
        /** White. */
        WHITE,
        /** Another ethnic group. */
        OTHER,
        /** Not recorded, or the person preferred not to say. */
        NOT_RECORDED
    }

    /** Whether the person is disabled, as recorded. */
    public enum Disability {
        /** Disabled. */
        DISABLED,
        /** Not disabled. */
        NOT_DISABLED,
        /** Not recorded. */
        NOT_RECORDED
    }

    /**
     * Checks that each part is given.
     *
     * @param sex the person's sex as recorded; not null
     * @param ethnicGroup the person's ethnic group as recorded; not null
     * @param disability whether the person is disabled, as recorded; not null
     * @throws IllegalArgumentException if a part is null
     */
    public EqualityMonitoring {
        if (sex == null || ethnicGroup == null || disability == null) {
            throw new IllegalArgumentException("Equality monitoring needs each part, NOT_RECORDED where the council has none");
        }
    }
}
