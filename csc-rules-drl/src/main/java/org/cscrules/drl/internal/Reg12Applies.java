package org.cscrules.drl.internal;

/**
 * Inferred by a REP-REG12 rule: the council must decide whether this complainant has sufficient
 * interest in the child's welfare (reg. 12), because of the complainant's category or, for an
 * agency foster carer, the council's reading of who is a local authority foster parent.
 */
public final class Reg12Applies {

    private final Complaint complaint;

    /**
     * @param complaint the complaint
     */
    public Reg12Applies(Complaint complaint) {
        this.complaint = complaint;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }
}
