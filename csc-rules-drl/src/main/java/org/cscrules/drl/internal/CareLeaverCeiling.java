package org.cscrules.drl.internal;

import java.util.OptionalInt;

/**
 * Inferred by a WHO-E13 category rule: the birthday on which the care leaver's category of s24D(1)
 * ends, the council's local offer beyond it if any, and whether this complainant is past the
 * category, or past the local offer too.
 */
public final class CareLeaverCeiling {

    private final Complaint complaint;
    private final int endsAtAge;
    private final String source;
    private final OptionalInt localOffer;

    /**
     * @param complaint the care leaver's complaint
     * @param endsAtAge the birthday on which the category ends (exclusive)
     * @param source where it comes from, in words, for the reason that cites it
     * @param localOffer the council's local offer, the oldest age inclusive, or empty
     */
    public CareLeaverCeiling(Complaint complaint, int endsAtAge, String source, OptionalInt localOffer) {
        this.complaint = complaint;
        this.endsAtAge = endsAtAge;
        this.source = source;
        this.localOffer = localOffer;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }

    /** @return the birthday on which the category ends, in whole years, exclusive */
    public int getEndsAtAge() {
        return endsAtAge;
    }

    /** @return where the ceiling comes from, in words */
    public String getSource() {
        return source;
    }

    /** Whether the complainant's age is known and the category has ended: they are that age or older. */
    public boolean isExceeded() {
        return complaint.getAge() != null && complaint.getAge() >= endsAtAge;
    }

    /** Whether the category has ended but the council's local offer still reaches the complainant's age. */
    public boolean isWithinLocalOffer() {
        return isExceeded() && localOffer.isPresent() && complaint.getAge() <= localOffer.getAsInt();
    }

    /** @return the council's local offer, the oldest age inclusive, or empty */
    public OptionalInt getLocalOffer() {
        return localOffer;
    }
}
