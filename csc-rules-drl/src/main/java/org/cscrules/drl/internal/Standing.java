package org.cscrules.drl.internal;

/**
 * Inferred by a "who may complain" rule: this complainant may use the procedure for this
 * complaint's function. A complaint with no standing is not eligible (WHO-NO-STANDING: standing is
 * per child and per function).
 */
public final class Standing {

    private final Complaint complaint;

    /**
     * @param complaint the complaint the complainant may pursue
     */
    public Standing(Complaint complaint) {
        this.complaint = complaint;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }
}
