package org.cscrules.drl.internal;

/**
 * Inferred by a TIME-FROM rule, one per complaint: whether the complaint came more than a year
 * after what the time limit runs from (reg. 9, as the council reads it), and that start in words.
 */
public final class TimeLimit {

    private final Complaint complaint;
    private final boolean late;
    private final String start;

    /**
     * @param complaint the complaint
     * @param late whether it came more than a year after {@code start}
     * @param start what the time limit runs from, in words, for the reasons that cite it
     */
    public TimeLimit(Complaint complaint, boolean late, String start) {
        this.complaint = complaint;
        this.late = late;
        this.start = start;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }

    /** @return whether the complaint came more than a year after the start */
    public boolean isLate() {
        return late;
    }

    /** @return what the time limit runs from, in words */
    public String getStart() {
        return start;
    }
}
