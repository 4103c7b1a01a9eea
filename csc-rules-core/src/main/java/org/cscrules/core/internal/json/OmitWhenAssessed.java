package org.cscrules.core.internal.json;

import org.cscrules.core.request.StatusBasis;

/**
 * A JSON value filter: a child's status basis is written only when it is not the default, {@link
 * StatusBasis#ASSESSED}, so that a request written before the field existed writes back as it was
 * written. Not an API: Jackson calls {@link #equals(Object)} with the value, and leaves it out when
 * it answers true.
 */
public final class OmitWhenAssessed {

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
