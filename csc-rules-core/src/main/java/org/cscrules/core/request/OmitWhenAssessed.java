package org.cscrules.core.request;

/**
 * A JSON value filter: a child's status basis is written only when it is not the default, {@link
 * StatusBasis#ASSESSED}, so that a request written before the field existed writes back as it was
 * written. Package-private, beside the type it serves: Jackson (by default allowed to override
 * access modifiers) makes one and calls {@link #equals(Object)} with the value, and leaves it out when
 * it answers true.
 */
final class OmitWhenAssessed {

    /** For Jackson, which makes one to ask. */
    public OmitWhenAssessed() {
    }

    /**
     * @param value the status basis about to be written
     * @return whether to leave it out: absent or {@link StatusBasis#ASSESSED}
     */
    @Override
    public boolean equals(Object value) {
        return value == null || value == StatusBasis.ASSESSED;
    }

    @Override
    public int hashCode() {
        return StatusBasis.ASSESSED.hashCode();
    }
}
