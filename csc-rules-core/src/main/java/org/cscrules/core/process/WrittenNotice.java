package org.cscrules.core.process;

import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.localPolicy;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Who the council tells in writing of the outcome of a stage: its decision, the reasons and the
 * action taken or proposed (Children Act 1989 s26(7), as its mirror in the Cayman Islands' Act
 * gives it: the English words were not seen, so the library labels it a reading).
 */
public enum WrittenNotice implements Cited {
    /** The person who made the representations. */
    COMPLAINANT("the complainant"),
    /** The child, if the council considers the child has sufficient understanding. */
    CHILD_OF_SUFFICIENT_UNDERSTANDING("the child, if the council considers them of sufficient understanding"),
    /** Anyone else the council considers likely to be affected. */
    OTHERS_LIKELY_TO_BE_AFFECTED("anyone else the council considers likely to be affected");

    /** The provision every notice rests on: one place, for the three. */
    private static final class Source {
        static final Provision S26_7 = localPolicy(unverified("{ca1989-s26}(7)"));
    }

    private final String text;

    WrittenNotice(String text) {
        this.text = text;
    }

    /**
     * Who is told, in plain English, fit for the council's letter or screen.
     *
     * @return the person in words; never null
     */
    public String text() {
        return text;
    }

    @Override
    public Provision provision() {
        return Source.S26_7;
    }
}
