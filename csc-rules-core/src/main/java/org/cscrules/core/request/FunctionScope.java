package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Which family of functions a complaint is about, and so which complainants may raise it:
 * eligibility is per child and per function.
 */
public enum FunctionScope implements Cited {
    /** Part 3 functions and the Part 4/5 functions specified in reg. 3: the "qualifying functions". */
    QUALIFYING_FUNCTIONS(statute(secondary("{ca1989-s26}(3A); {si2006-reg3}"))),
    /** The Adoption and Children Act 2002 functions specified in reg. 4. */
    ADOPTION_FUNCTIONS(statute(secondary("{ca1989-s26}(3B); {si2006-reg4}"))),
    /** Special guardianship support services under s14F, specified in reg. 5. */
    SPECIAL_GUARDIANSHIP_SUPPORT(statute(secondary("{ca1989-s26}(3C); {si2006-reg5}"))),
    /** Leaving-care functions under ss23A-24B. */
    LEAVING_CARE(statute(secondary("{ca1989-s24d}(1)"))),
    /** A voluntary organisation's own functions towards a child it accommodates. */
    VOLUNTARY_ORGANISATION(statute(verified("{si2006-reg21}, {si2006-reg22}"))),
    /** Fostering limits. */
    FOSTERING_LIMITS(statute(secondary("{si2006-part5} (heading); {ca1989-sch7-para6}"))),
    /** Not a function the statutory procedure covers: another route applies. */
    OUTSIDE_THE_PROCEDURE(statute(secondary("{ca1989-s26}(3A), (3B), (3C), {ca1989-s24d} (by omission); {si2006-reg3} (by omission)")));

    private final Provision provision;

    FunctionScope(Provision provision) {
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
