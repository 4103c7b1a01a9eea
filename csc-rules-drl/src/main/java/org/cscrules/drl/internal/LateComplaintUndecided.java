package org.cscrules.drl.internal;

/**
 * Inferred by TIME-LATE: the complaint is late and the council has not yet decided, on both limbs,
 * whether to consider it. The rules about how it decides match this, so that the condition is
 * written once.
 */
public final class LateComplaintUndecided {

    private final Complaint complaint;

    /**
     * @param complaint the complaint
     */
    public LateComplaintUndecided(Complaint complaint) {
        this.complaint = complaint;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }
}
