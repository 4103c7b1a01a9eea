package org.cscrules.drl.internal;

/**
 * Inferred by a WHO-CHILD rule: the child is one the persons of Children Act 1989 s26(3) may
 * complain about, looked after or in need, whether as the council recorded it, because the child is
 * disabled, because the child's status is not yet settled, or because the complaint is about the
 * assessment of need itself. Several rules may infer it for one complaint; the rules that read it
 * ask only whether one exists.
 */
public final class ChildInScope {

    private final Complaint complaint;

    /**
     * @param complaint the complaint whose child is in scope
     */
    public ChildInScope(Complaint complaint) {
        this.complaint = complaint;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }
}
