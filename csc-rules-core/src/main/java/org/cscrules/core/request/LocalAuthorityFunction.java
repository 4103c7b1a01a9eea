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
 * The function a complaint is about, each with the family it belongs to
 * ({@link FunctionScope}) and the provision that brings it in or leaves it out.
 */
public enum LocalAuthorityFunction implements Cited {

    /** Part 3: support for children and families (s17 services, accommodation, looked-after children). */
    PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES("Part 3 support for children and families (s17 services, accommodation, looked-after children)", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(secondary("{ca1989-s26}(3A)(a)"))),
    /**
     * s17: an assessment of whether a child is in need, its finding, or a decision refusing a Part
     * 3 service. Within the procedure whatever the council found about the child: its disputed
     * finding cannot defeat the complaint about that finding (Ombudsman decision 23 013 837).
     */
    CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE("an assessment of whether a child is in need, its finding, or a refused Part 3 service", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(secondary("{ca1989-s26}(3A)(a); {ca1989-s17}(10); {lgsco-23-013-837}"))),
    /** s31(1): applying for a care or supervision order. */
    CARE_OR_SUPERVISION_ORDER_APPLICATION("applying for a care or supervision order", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("{si2006-reg3}; {ca1989-s31}(1)"))),
    /** s33(3), (4), (6)-(9): the effect of a care order, and the authority's actions under it. */
    EFFECT_OF_CARE_ORDER("the council's actions under a care order", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("{si2006-reg3}; {ca1989-s33}(3), (4), (6)-(9)"))),
    /** s34(6), (8): contact with a child in care. */
    CONTACT_WITH_CHILD_IN_CARE("contact with a child in care", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("{si2006-reg3}; {ca1989-s34}(6), (8)"))),
    /** s35(1), (2): supervisors' duties under a supervision order. */
    SUPERVISION_ORDER_DUTIES("a supervisor's duties under a supervision order", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(secondary("{si2006-reg3}; {ca1989-s35}(1), (2)"))),
    /** s43(1): child assessment orders. */
    CHILD_ASSESSMENT_ORDER("a child assessment order", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("{si2006-reg3}; {ca1989-s43}(1)"))),
    /** s44(1), (10), (11): emergency protection orders and the return of children removed. */
    EMERGENCY_PROTECTION_ORDER("an emergency protection order", FunctionScope.QUALIFYING_FUNCTIONS,
            statute(verified("{si2006-reg3}; {ca1989-s44}(1), (10), (11)"))),
    /** A social work report to court in public-law proceedings: its quality or accuracy. */
    PUBLIC_LAW_COURT_REPORT("a social work report to court in public-law proceedings", FunctionScope.QUALIFYING_FUNCTIONS,
            guidance(unverified("{gbc-court-reports}"))),

    /** reg. 4(a): adoption support services prescribed by Adoption Support Services Regulations 2005 reg. 3. */
    ADOPTION_SUPPORT_SERVICES("adoption support services", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(a)"))),
    /** reg. 4(b): assessments and plans under the Adoption Support Services Regulations 2005 Parts 4 and 5, so far as they relate to support services. */
    ADOPTION_SUPPORT_ASSESSMENT_AND_PLANS("assessments and plans for adoption support", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(b)"))),
    /** reg. 4(c): placement for adoption, Adoption and Children Act 2002 ss18-29. */
    PLACEMENT_FOR_ADOPTION("placement for adoption", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(c)"))),
    /** reg. 4(d): removal of children placed by adoption agencies, Adoption and Children Act 2002 ss30-35. */
    REMOVAL_OF_CHILD_PLACED_BY_AGENCY("removal of a child placed by an adoption agency", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(d)"))),
    /** reg. 4(e): removal of children in non-agency cases, Adoption and Children Act 2002 ss36-40. */
    REMOVAL_OF_CHILD_IN_NON_AGENCY_CASE("removal of a child in a non-agency case", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(e)"))),
    /** reg. 4(f): an adoption agency considering adoption for a child, Adoption Agencies Regulations 2005 Part 3. */
    AGENCY_CONSIDERING_ADOPTION("an adoption agency considering adoption for a child", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(f)"))),
    /** reg. 4(g): adoptions with a foreign element, 2005 Regulations reg. 10 and Part 3 Chapter 3. */
    ADOPTION_WITH_FOREIGN_ELEMENT("an adoption with a foreign element", FunctionScope.ADOPTION_FUNCTIONS,
            statute(verified("{si2006-reg4}(g)"))),
    /**
     * The adoption agency's assessment of, and duties towards, a prospective adopter (the Adoption
     * Agencies Regulations 2005 Parts 4 to 6, as councils read the rest of reg. 4's list, which was
     * not seen): how the assessment was conducted, delay. A qualifying determination has the
     * independent review mechanism ({@link #FOSTER_CARER_OR_ADOPTER_APPROVAL}).
     */
    PROSPECTIVE_ADOPTER_ASSESSMENT("the adoption agency's assessment of a prospective adopter", FunctionScope.ADOPTION_FUNCTIONS,
            localPolicy(unverified("{si2006-reg4} (the rest of the list, not seen)"))),
    /** Another adoption function in the part of reg. 4's list not yet checked. */
    OTHER_SPECIFIED_ADOPTION_FUNCTION("another adoption function in reg. 4's list", FunctionScope.ADOPTION_FUNCTIONS,
            localPolicy(unverified("{si2006-reg4} (the rest of the list, not seen)"))),

    /** reg. 5: special guardianship support services under s14F and related functions. */
    SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES("special guardianship support", FunctionScope.SPECIAL_GUARDIANSHIP_SUPPORT,
            statute(secondary("{si2006-reg5}; {ca1989-s14f}"))),
    /** ss23A-24B: support for care leavers and young people entitled to it. */
    LEAVING_CARE_SUPPORT("leaving-care support", FunctionScope.LEAVING_CARE,
            statute(secondary("{ca1989-s24d}(1)"))),
    /** A voluntary organisation's functions towards a child it accommodates. */
    VOLUNTARY_ORGANISATION_ACCOMMODATION("a voluntary organisation's care of a child it accommodates", FunctionScope.VOLUNTARY_ORGANISATION,
            statute(verified("{si2006-reg21}, {si2006-reg22}"))),
    /** Fostering limits. */
    FOSTERING_LIMITS("fostering limits", FunctionScope.FOSTERING_LIMITS,
            statute(secondary("{si2006-part5} (heading); {ca1989-sch7-para6}"))),

    /** s47 enquiries: outside the procedure (not specified in reg. 3); the council's own procedure. */
    CHILD_PROTECTION_ENQUIRY("a child protection enquiry (s47)", FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("{ca1989-s47}; {si2006-reg3} (by omission); {lgsco-fact-sheet}"))),
    /**
     * Child protection conferences and plans: outside the procedure; the conference's own route for
     * its decisions, the council's own procedure for the rest.
     */
    CHILD_PROTECTION_CONFERENCE_OR_PLAN("a child protection conference or plan", FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("{si2006-reg3} (by omission); {lgsco-fact-sheet}"))),
    /** s7 welfare reports in private-law proceedings: outside the procedure; the council's own procedure. */
    PRIVATE_LAW_WELFARE_REPORT("a welfare report in private-law proceedings (s7)", FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("{ca1989-s7}; {lgsco-fact-sheet}"))),
    /** s37 investigations directed by the court: outside the procedure (in Part 4, not in reg. 3). */
    COURT_DIRECTED_INVESTIGATION_REPORT("an investigation the court directed (s37)", FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("{ca1989-s37}; {si2006-reg3} (by omission); {lgsco-fact-sheet}"))),
    /**
     * Assessing or approving prospective foster carers or adopters: the independent review
     * mechanism for a qualifying determination, the council's own procedure for the rest (how staff
     * conducted the assessment, delay).
     */
    FOSTER_CARER_OR_ADOPTER_APPROVAL("assessing or approving a prospective foster carer or adopter", FunctionScope.OUTSIDE_THE_PROCEDURE,
            localPolicy(unverified("{ca1989-sch2-para12f}(1)(b); {si2006-reg4} (the rest of the list, not seen)"))),
    /**
     * Adult social care: the council's social services functions towards an adult, whose
     * complaints go by the adult procedure (SI 2009/309).
     */
    ADULT_SOCIAL_CARE("adult social care", FunctionScope.OUTSIDE_THE_PROCEDURE, statute(verified("{si2009-reg2}; {si2009-reg6}(1)(a)"))),
    /** Any other council function: the corporate complaints procedure. */
    OTHER_COUNCIL_FUNCTION("any other council function", FunctionScope.OUTSIDE_THE_PROCEDURE,
            statute(secondary("{ca1989-s26}, {ca1989-s24d} (by omission)")));

    private final String text;
    private final FunctionScope scope;
    private final Provision provision;

    LocalAuthorityFunction(String text, FunctionScope scope, Provision provision) {
        this.text = text;
        this.scope = scope;
        this.provision = provision;
    }

    /**
     * The function in plain English, as the library's tables and reasons name it.
     *
     * @return the words, e.g. "contact with a child in care"; never null
     */
    public String text() {
        return text;
    }

    /**
     * The family of functions this belongs to, which decides who may complain about it.
     *
     * @return the family, never null; {@link FunctionScope#OUTSIDE_THE_PROCEDURE} for a function the
     *     statutory procedure does not cover
     */
    public FunctionScope scope() {
        return scope;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
