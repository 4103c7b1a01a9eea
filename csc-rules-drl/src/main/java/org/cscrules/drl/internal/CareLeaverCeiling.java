package org.cscrules.drl.internal;

/**
 * Inferred by a WHO-E13-CEILING rule: the oldest a care leaver may be and still complain about
 * leaving-care support, as in force on the day the complaint was received, and whether this
 * complainant is older.
 */
public final class CareLeaverCeiling {

    private final Complaint complaint;
    private final int years;
    private final String source;

    /**
     * @param complaint the care leaver's complaint
     * @param years the ceiling, inclusive
     * @param source where it comes from, in words, for the reason that cites it
     */
    public CareLeaverCeiling(Complaint complaint, int years, String source) {
        this.complaint = complaint;
        this.years = years;
        this.source = source;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }

    /** @return the ceiling, in whole years, inclusive */
    public int getYears() {
        return years;
    }

    /** @return where the ceiling comes from, in words */
    public String getSource() {
        return source;
    }

    /** Whether the complainant's age is known and above the ceiling. */
    public boolean isExceeded() {
        return complaint.getAge() != null && complaint.getAge() > years;
    }
}
