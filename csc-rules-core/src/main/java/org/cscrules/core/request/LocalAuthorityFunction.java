package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * The function a complaint is about (statute.md §4), each with the family it belongs to
 * ({@link FunctionScope}) and the provision that brings it in or leaves it out.
 */
public enum LocalAuthorityFunction implements Cited {

    /** Part 3: support for children and families (s17 services, accommodation, looked-after children). */
    PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(secondary("Children Act 1989 s26(3A)(a)"))),
    /** s31(1): applying for a care or supervision order. */
    CARE_OR_SUPERVISION_ORDER_APPLICATION(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 3; Children Act 1989 s31(1)"))),
    /** s33(3), (4), (6)-(9): the effect of a care order, and the authority's actions under it. */
    EFFECT_OF_CARE_ORDER(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 3; Children Act 1989 s33(3), (4), (6)-(9)"))),
    /** s34(6), (8): contact with a child in care. */
    CONTACT_WITH_CHILD_IN_CARE(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 3; Children Act 1989 s34(6), (8)"))),
    /** s35(1), (2): supervisors' duties under a supervision order. */
    SUPERVISION_ORDER_DUTIES(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 3; Children Act 1989 s35(1), (2)"))),
    /** s43(1): child assessment orders. */
    CHILD_ASSESSMENT_ORDER(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 3; Children Act 1989 s43(1)"))),
    /** s44(1), (10), (11): emergency protection orders and the return of children removed. */
    EMERGENCY_PROTECTION_ORDER(FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 3; Children Act 1989 s44(1), (10), (11)"))),
    /** A social work report to court in public-law proceedings: its quality or accuracy (A23). */
    PUBLIC_LAW_COURT_REPORT(FunctionScope.QUALIFYING_FUNCTIONS,
            guidance(secondary("Getting the Best from Complaints (DfES 2006), reports to court, as quoted by seed 004"))),

    /** reg. 4(a): adoption support services prescribed by Adoption Support Services Regulations 2005 reg. 3. */
    ADOPTION_SUPPORT_SERVICES(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(a); Adoption Support Services Regulations 2005 reg. 3"))),
    /** reg. 4(b): assessments and plans under ASSR 2005 Parts 4-5, so far as they relate to support services. */
    ADOPTION_SUPPORT_ASSESSMENT_AND_PLANS(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(b); Adoption Support Services Regulations 2005 Parts 4-5"))),
    /** reg. 4(c): placement for adoption, ACA 2002 ss18-29. */
    PLACEMENT_FOR_ADOPTION(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(c); Adoption and Children Act 2002 ss18-29"))),
    /** reg. 4(d): removal of children placed by adoption agencies, ACA 2002 ss30-35. */
    REMOVAL_OF_CHILD_PLACED_BY_AGENCY(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(d); Adoption and Children Act 2002 ss30-35"))),
    /** reg. 4(e): removal of children in non-agency cases, ACA 2002 ss36-40. */
    REMOVAL_OF_CHILD_IN_NON_AGENCY_CASE(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(e); Adoption and Children Act 2002 ss36-40"))),
    /** reg. 4(f): an adoption agency considering adoption for a child, Adoption Agencies Regulations 2005 Part 3. */
    AGENCY_CONSIDERING_ADOPTION(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(f); Adoption Agencies Regulations 2005 Part 3"))),
    /** reg. 4(g): adoptions with a foreign element, 2005 Regulations reg. 10 and Part 3 Chapter 3. */
    ADOPTION_WITH_FOREIGN_ELEMENT(FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("SI 2006/1738 reg. 4(g); Adoptions with a Foreign Element Regulations 2005"))),
    /** Another adoption function in the part of reg. 4's list not yet checked. */
    OTHER_SPECIFIED_ADOPTION_FUNCTION(FunctionScope.ADOPTION_FUNCTIONS,
            localPolicy(unverified("SI 2006/1738 reg. 4 (rest of the list, not yet checked)"))),

    /** reg. 5: special guardianship support services under s14F and related functions. */
    SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES(FunctionScope.SPECIAL_GUARDIANSHIP_SUPPORT,
            statute(secondary("SI 2006/1738 reg. 5; Children Act 1989 s14F"))),
    /** ss23A-24B: support for care leavers and young people entitled to it. */
    LEAVING_CARE_SUPPORT(FunctionScope.LEAVING_CARE,
            statute(secondary("Children Act 1989 s24D(1), ss23A-24B"))),
    /** A voluntary organisation's functions towards a child it accommodates. */
    VOLUNTARY_ORGANISATION_ACCOMMODATION(FunctionScope.VOLUNTARY_ORGANISATION,
            statute(verified("SI 2006/1738 regs. 21-22"))),
    /** Fostering limits. */
    FOSTERING_LIMITS(FunctionScope.FOSTERING_LIMITS,
            statute(verified("SI 2006/1738 Part 5 (heading); Children Act 1989 Sch. 7 para. 6"))),

    /** s47 enquiries: outside the procedure (not specified in reg. 3). */
    CHILD_PROTECTION_ENQUIRY(FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("Children Act 1989 s47; SI 2006/1738 reg. 3 (by omission); LGSCO children's complaints fact sheet"))),
    /** Child protection conferences and plans: outside the procedure; the conference's own appeal route. */
    CHILD_PROTECTION_CONFERENCE_OR_PLAN(FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("SI 2006/1738 reg. 3 (by omission); LGSCO children's complaints fact sheet"))),
    /** s7 welfare reports in private-law proceedings: outside the procedure (A23). */
    PRIVATE_LAW_WELFARE_REPORT(FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("Children Act 1989 s7; LGSCO children's complaints fact sheet"))),
    /** s37 investigations directed by the court: outside the procedure (in Part 4, not in reg. 3). */
    COURT_DIRECTED_INVESTIGATION_REPORT(FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(verified("Children Act 1989 s37; SI 2006/1738 reg. 3 (by omission)"))),
    /** Assessing or approving prospective foster carers or adopters: other routes (e.g. the independent review mechanism). */
    FOSTER_CARER_OR_ADOPTER_APPROVAL(FunctionScope.OUTSIDE_THE_PROCEDURE,
            localPolicy(secondary("Council procedure manuals (tri.x), scope notes"))),
    /** Any other council function: the corporate complaints procedure. */
    OTHER_COUNCIL_FUNCTION(FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("Children Act 1989 s26, s24D (by omission)")));

    private final FunctionScope scope;
    private final Provision provision;

    LocalAuthorityFunction(FunctionScope scope, Provision provision) {
        this.scope = scope;
        this.provision = provision;
    }

    /** The family of functions this belongs to. */
    public FunctionScope scope() {
        return scope;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
