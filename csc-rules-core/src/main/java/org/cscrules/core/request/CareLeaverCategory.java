package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;
import org.cscrules.core.law.StatutoryAge;

/**
 * Which of the persons named in Children Act 1989 s24D(1) a care leaver is, each with the birthday
 * on which the category ends: the statute's ages, not a council's. A council may hear older care
 * leavers under its own local offer (the setting {@code careLeaverLocalOfferAgeCeiling}), never
 * fewer.
 */
public enum CareLeaverCategory implements Cited {

    /** A relevant child (s23A): 16 or 17, no longer looked after; at 18 a former relevant child. */
    RELEVANT_CHILD("a relevant child", StatutoryAge.ADULTHOOD, statute(secondary("{ca1989-s24d}(1)(a); {ca1989-s23c}(1)"))),
    /**
     * A former relevant child (s23C): within s24D(1)(a) until the 25th birthday, the age to which
     * the personal-adviser duties run (s23D(1), s23CZB(1)).
     */
    FORMER_RELEVANT_CHILD("a former relevant child", StatutoryAge.END_OF_PERSONAL_ADVISER, statute(secondary("{ca1989-s24d}(1)(a); {ca1989-s23c}(1); {ca1989-s23czb}(1)"))),
    /** A person qualifying for advice and assistance (s24(1A), (1B)): under 21. */
    QUALIFYING_PERSON("a person qualifying for advice and assistance", StatutoryAge.END_OF_ADVICE_AND_ASSISTANCE, statute(secondary("{ca1989-s24d}(1)(b); {ca1989-s24}(1A), (1B)"))),
    /**
     * A person helped with education or training (s24B(2)), as councils read it, to the 25th
     * birthday (the section's words were not seen).
     */
    HELPED_WITH_EDUCATION_OR_TRAINING("a person helped with education or training", StatutoryAge.END_OF_HELP_WITH_EDUCATION_OR_TRAINING, localPolicy(unverified("{ca1989-s24d}(1)(c); {ca1989-s24b}")));

    private final String text;
    private final int endsAtAge;
    private final Provision provision;

    CareLeaverCategory(String text, StatutoryAge end, Provision provision) {
        this.text = text;
        this.endsAtAge = end.years();
        this.provision = provision;
    }

    /**
     * The category in plain English, as a reason names it.
     *
     * @return the words, e.g. "a former relevant child"; never null
     */
    public String text() {
        return text;
    }

    /**
     * The birthday on which the category ends: a person of this age or older is outside it.
     *
     * @return the age in whole years, exclusive
     */
    public int endsAtAge() {
        return endsAtAge;
    }

    /**
     * The latest birthday on which any category ends: a care leaver of this age or older is outside
     * s24D whatever their category.
     *
     * @return the age in whole years, exclusive
     */
    public static int latestEnd() {
        int latest = 0;
        for (CareLeaverCategory category : values()) {
            latest = Math.max(latest, category.endsAtAge);
        }
        return latest;
    }

    /**
     * The earliest birthday on which the category of an adult (someone past a relevant child's
     * age) ends: from this age a care leaver whose category was not recorded may be outside s24D.
     *
     * @return the age in whole years, exclusive
     */
    public static int earliestAdultEnd() {
        int earliest = Integer.MAX_VALUE;
        for (CareLeaverCategory category : values()) {
            if (category.endsAtAge > RELEVANT_CHILD.endsAtAge) {
                earliest = Math.min(earliest, category.endsAtAge);
            }
        }
        return earliest;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
