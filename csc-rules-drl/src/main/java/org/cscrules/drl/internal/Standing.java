package org.cscrules.drl.internal;

/**
 * Inferred by a "who may complain" rule: this complainant may use the procedure for this
 * complaint's function. A complaint with no standing is not eligible (statute.md §2.2: per child
 * and per function).
 */
public final class Standing {

    private final Complaint complaint;

    public Standing(Complaint complaint) {
        this.complaint = complaint;
    }

    public Complaint getComplaint() {
        return complaint;
    }
}
