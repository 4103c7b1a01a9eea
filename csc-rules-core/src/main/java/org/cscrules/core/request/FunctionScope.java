package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Which family of functions a complaint is about, and so which complainants may raise it
 * (statute.md §4.1): eligibility is per child and per function.
 */
public enum FunctionScope implements Cited {
    /** Part 3 functions and the Part 4/5 functions specified in reg. 3: the "qualifying functions". */
    QUALIFYING_FUNCTIONS(statute(secondary("Children Act 1989 s26(3A); SI 2006/1738 reg. 3"))),
    /** The Adoption and Children Act 2002 functions specified in reg. 4. */
    ADOPTION_FUNCTIONS(statute(secondary("Children Act 1989 s26(3B); SI 2006/1738 reg. 4"))),
    /** Special guardianship support services under s14F, specified in reg. 5. */
    SPECIAL_GUARDIANSHIP_SUPPORT(statute(secondary("Children Act 1989 s26(3C); SI 2006/1738 reg. 5"))),
    /** Leaving-care functions under ss23A-24B. */
    LEAVING_CARE(statute(secondary("Children Act 1989 s24D(1)"))),
    /** A voluntary organisation's own functions towards a child it accommodates. */
    VOLUNTARY_ORGANISATION(statute(verified("SI 2006/1738 regs. 21-22"))),
    /** Fostering limits. */
    FOSTERING_LIMITS(statute(verified("SI 2006/1738 Part 5 (heading); Children Act 1989 Sch. 7 para. 6"))),
    /** Not a function the statutory procedure covers: another route applies. */
    OUTSIDE_THE_PROCEDURE(statute(secondary("Children Act 1989 s26(3A), (3B), (3C), s24D (by omission); SI 2006/1738 reg. 3 (by omission)")));

    private final Provision provision;

    FunctionScope(Provision provision) {
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
