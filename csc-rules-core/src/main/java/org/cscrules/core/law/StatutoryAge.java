package org.cscrules.core.law;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

/**
 * Every age the procedure turns on: the one place each lives, with the provision it comes from,
 * as {@link Timescale} is for the time limits. An age is a birthday in whole years; "under 18"
 * means before the 18th birthday. The intake's checks, the care-leaver categories and the rules all
 * read their ages here.
 */
public enum StatutoryAge implements Cited {

    /** A child is a person under 18: from the 18th birthday a person is an adult (s105(1)). */
    ADULTHOOD(18, "a child is a person under the age of eighteen", statute(verified("{ca1989-s105}(1)"))),
    /**
     * No care leaver is younger than 16: a relevant or eligible child is 16 or 17, and a person
     * qualifying for advice and assistance has reached 16 (s24(1A); s23A(2), whose words were not
     * seen).
     */
    YOUNGEST_CARE_LEAVER(16, "the youngest a care leaver can be",
            statute(secondary("{ca1989-s24}(1A); Children Act 1989 s23A(2)"))),
    /** A person qualifying for advice and assistance is under 21 (s24(1A), (1B)). */
    END_OF_ADVICE_AND_ASSISTANCE(21, "a person qualifying for advice and assistance is under twenty-one",
            statute(verified("{ca1989-s24}(1A), (1B)"))),
    /**
     * A former relevant child has a personal adviser until the 25th birthday ("reached the age of 21
     * but not the age of 25", s23CZB(1), (3)).
     */
    END_OF_PERSONAL_ADVISER(25, "a former relevant child has a personal adviser until twenty-five",
            statute(verified("{ca1989-s23czb}(1), (3)"))),
    /**
     * A person helped with education or training is within s24D(1)(c) until the 25th birthday, as
     * councils read s24B (its words were not seen): a reading, not the statute's text.
     */
    END_OF_HELP_WITH_EDUCATION_OR_TRAINING(25, "help with education or training runs to twenty-five, as councils read it",
            localPolicy(unverified("{ca1989-s24d}(1)(c); {ca1989-s24b}")));

    private final int years;
    private final String text;
    private final Provision provision;

    StatutoryAge(int years, String text, Provision provision) {
        this.years = years;
        this.text = text;
        this.provision = provision;
    }

    /**
     * The age, in whole years: the birthday on which what it bounds begins or ends.
     *
     * @return the age, from 16 to 25
     */
    public int years() {
        return years;
    }

    /**
     * What the age means, in words, for messages and documents.
     *
     * @return the text, never blank
     */
    public String text() {
        return text;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
