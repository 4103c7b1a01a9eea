package org.cscrules.drl.internal;

/**
 * Inferred by a REP-CONSENT rule, one per complaint made on a child's behalf: whether the council's
 * reading of the child's consent requires this child's consent.
 */
public final class ConsentReading {

    private final Complaint complaint;
    private final boolean required;

    /**
     * @param complaint the complaint
     * @param required whether this child's consent is required
     */
    public ConsentReading(Complaint complaint, boolean required) {
        this.complaint = complaint;
        this.required = required;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }

    /** @return whether this child's consent is required */
    public boolean isRequired() {
        return required;
    }
}
