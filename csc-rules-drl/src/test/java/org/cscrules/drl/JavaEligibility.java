package org.cscrules.drl;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.FunctionScope;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;
import org.cscrules.drl.internal.Complaint;

/**
 * The eligibility decision in plain Java, written from the law as {@code docs/LAW.md} states it, the
 * rulebook's propositions ({@code docs/RULES.md}), the council's settings ({@code docs/POLICY.md}),
 * the who-may-complain matrix and the intake guide, never from the DRL: the independent oracle of
 * {@link DifferentialProperties}, and the benchmarks' plain-Java baseline.
 *
 * <p>It reads the law in the order the law is written: what the complaint is about (Children Act 1989
 * s26(3A), (3B), (3C), SI 2006/1738 regs. 3 to 5 and 21, and the routes outside); who may complain
 * about it (s26(3), (3B), (3C), s24D); through whom (the statutory guidance on representatives, reg.
 * 12); what the council decides before going on (the complainant's own treatment, repeated and
 * persistent complaints, the adult regulations' exclusions where a council applies them); the time
 * limit (reg. 9) and concurrent proceedings (reg. 8); and what the council must do now (s26A, its own
 * acknowledgement standard). Each finding names the rule id that the rulebook gives the same
 * proposition, with its effect and the actions it requires; the findings then combine as the
 * rulebook's introduction says: the strongest effect wins, and a complaint that is not eligible
 * drops the findings that would have made it eligible, the decisions that are moot, and names the
 * most specific alternative route.
 *
 * <p>Where the law as documented answers differently from the rules, this class keeps the law's
 * answer, so that the differential test shows the difference. Written independently of the rules, it
 * found two such faults in them, since corrected: a parent or guardian of a child who may be adopted
 * has standing only for such a child (s26(3B)(a), as for every other category that names the child's
 * situation), and a person complaining in their own right on a child's behalf is asked to confirm the
 * child's views whatever the council's consent setting (docs/LAW.md, childConsent). A second
 * independent pass brought it up to the law as a legal review then corrected it; two points its
 * author found unclear in the documents (a local offer does not excuse establishing a care leaver's
 * category, and reaches only the Part 3 functions a care leaver may complain about) were then
 * settled in the documents and in this class together.
 *
 * <p>Brought up to the legal review of 0.2.0 (CHANGELOG, "Changed answers: eligibility"): a care
 * leaver's standing under s24D reaches the council's Part 3 functions, each category ending at the
 * statute's birthday, and a council's local offer takes a care leaver past it to its own procedure;
 * Part 3 support complained of for the assessment of need counts as a complaint about that
 * assessment; a looked-after child's placement in a voluntary organisation's home is the council's
 * own function (reg. 21(a)); a prospective adopter's assessment is an adoption function; the
 * council's recorded decisions on the complainant's own treatment and on considering a complaint
 * again are read; and a listed person acting for a child whose complaint goes on in their own right
 * leaves the child offered a complaint of their own.
 *
 * <p>Immutable and thread-safe; {@link #decide(Complaint)} records on the complaint it is given the
 * two readings that move clocks (reg. 12 and reg. 9), as the rules do. Test scope only.
 */
public final class JavaEligibility {

    /**
     * What the oracle decides for one complaint.
     *
     * @param outcome the strongest effect among the kept reasons
     * @param effects every rule that gives a reason, by id, with its effect (ELIGIBLE reasons left out
     *     when the outcome is NOT_ELIGIBLE)
     * @param actions what the council must do now
     * @param route the alternative route when not eligible, otherwise null
     */
    public record Verdict(Outcome outcome, java.util.Map<String, Effect> effects, Set<RequiredAction> actions,
                          AlternativeRoute route) {
    }

    /** Decisions the council need not take once the complaint is not eligible anyway (the rulebook's introduction). */
    private static final Set<RequiredAction> MOOT_WHEN_NOT_ELIGIBLE = EnumSet.of(RequiredAction.DECIDE_SUFFICIENT_INTEREST,
            RequiredAction.DECIDE_LATE_COMPLAINT, RequiredAction.DECIDE_CONCURRENT_PROCEEDINGS,
            RequiredAction.DECIDE_REPRESENTATIVE_SUITABILITY, RequiredAction.CONFIRM_CHILDS_VIEWS,
            RequiredAction.DECIDE_WHETHER_ABOUT_THE_CHILD, RequiredAction.DECIDE_WHETHER_TO_CONSIDER_AGAIN,
            RequiredAction.ESTABLISH_CARE_LEAVER_CATEGORY);

    /** The persons for whom the Adoption Service is maintained, and those adoption support extends to: s26(3B)(a), categories 6 and 7. */
    private static final Set<ComplainantRole> SECTION_26_3B_A = EnumSet.of(ComplainantRole.CHILD_WHO_MAY_BE_ADOPTED,
            ComplainantRole.PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED, ComplainantRole.PERSON_WISHING_TO_ADOPT,
            ComplainantRole.ADOPTED_PERSON, ComplainantRole.PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON,
            ComplainantRole.PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS);

    /**
     * Of s26(3B)(a), the categories defined by the child's situation: a child who may be adopted, and
     * that child's parents and guardians. The others (a person wishing to adopt; an adopted person and
     * that person's parents, natural parents and former guardians; a person adoption support extends
     * to) are defined by the person's own history, and may concern no particular child.
     */
    private static final Set<ComplainantRole> ADOPTION_FOR_A_CHILD_WHO_MAY_BE_ADOPTED = EnumSet.of(
            ComplainantRole.CHILD_WHO_MAY_BE_ADOPTED, ComplainantRole.PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED);

    /** The child, the special guardian and the parent of s26(3C)(a) and (b), categories 9 and 10. */
    private static final Set<ComplainantRole> SECTION_26_3C_A_B = EnumSet.of(
            ComplainantRole.CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER, ComplainantRole.SPECIAL_GUARDIAN,
            ComplainantRole.PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER);

    /** The persons of SI 2006/1738 reg. 21, category 14, who make representations to the voluntary organisation. */
    private static final Set<ComplainantRole> REGULATION_21 = EnumSet.of(ComplainantRole.CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION,
            ComplainantRole.PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION,
            ComplainantRole.SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD);

    /** The children who make representations under s26 and are owed an advocate by s26A(1)(b). */
    private static final Set<ComplainantRole> CHILDREN_UNDER_SECTION_26 = EnumSet.of(ComplainantRole.CHILD_LOOKED_AFTER,
            ComplainantRole.CHILD_IN_NEED, ComplainantRole.CHILD_WHO_MAY_BE_ADOPTED, ComplainantRole.ADOPTED_PERSON,
            ComplainantRole.CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER);

    /**
     * s24D(1), "their functions under this Part": the functions of Part 3 a care leaver may complain
     * about while within their category: leaving-care support (ss23A-24B), Part 3 support and the
     * assessment of need (docs/RULES.md, WHO-E13-CARE-LEAVER); not the Part 4 and 5 functions of reg. 3.
     */
    private static final Set<LocalAuthorityFunction> PART_3_FUNCTIONS_FOR_A_CARE_LEAVER = EnumSet.of(
            LocalAuthorityFunction.LEAVING_CARE_SUPPORT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
            LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE);

    /**
     * The grievances that make a complaint about Part 3 support one about the assessment of need or a
     * refused service (docs/RULES.md, WHO-CHILD-ASSESSMENT-OF-NEED; the statutory guidance's kinds of
     * complaint): its eligibility and assessment criteria, its assessment and review, an unwelcome
     * decision, a service not delivered.
     */
    private static final Set<Grievance> ABOUT_THE_ASSESSMENT_OF_NEED = EnumSet.of(Grievance.ELIGIBILITY_AND_ASSESSMENT_CRITERIA,
            Grievance.ASSESSMENT_CARE_MANAGEMENT_AND_REVIEW, Grievance.UNWELCOME_OR_DISPUTED_DECISION,
            Grievance.DELIVERY_OR_NON_DELIVERY_OF_SERVICES);

    /** s23A, s23C(1): a relevant child is under 18; from 18 a former relevant child. */
    private static final int RELEVANT_CHILD_UNTIL = 18;

    /** s24(1A), (1B): a person qualifying for advice and assistance is "under twenty-one". */
    private static final int QUALIFYING_PERSON_UNTIL = 21;

    /**
     * s23C with s23CZB(1) ("not the age of 25"), and s24B as councils read it: a former relevant child,
     * and a person helped with education or training, are within s24D until the 25th birthday, the
     * latest any category reaches.
     */
    private static final int LATEST_CATEGORY_UNTIL = 25;

    private final LocalPolicy policy;

    /**
     * @param policy the council's settings, read where the law leaves a question open
     */
    public JavaEligibility(LocalPolicy policy) {
        this.policy = policy;
    }

    /**
     * Decides one complaint: every finding, the outcome, the actions and the alternative route. Records
     * on {@code c} where the stage 1 clock and the time limit run from, where the council so reads the
     * law, so that the deadlines can be counted from the same places.
     *
     * @param c the facts of one validated request
     * @return the verdict
     */
    public Verdict decide(Complaint c) {
        Findings findings = new Findings();
        FunctionScope scope = whatTheComplaintIsAbout(c, findings);
        theChildsSituation(c, scope, findings);
        whoMayComplain(c, scope, findings);
        advocacy(c, findings);
        representatives(c, findings);
        sufficientInterest(c, findings);
        matterAlreadyDealtWith(c, findings);
        timeLimit(c, findings);
        concurrentProceedings(c, findings);
        // The council's own acknowledgement standard: every complaint is acknowledged (LocalPolicy.acknowledgementWorkingDays).
        findings.neutral("ACT-ACKNOWLEDGE", RequiredAction.ACKNOWLEDGE_RECEIPT);
        return findings.verdict();
    }

    // ---------------------------------------------------------------------------------------------
    // What may be complained about: s26(3A), (3B), (3C), s24D, regs. 3 to 5, and the routes outside
    // ---------------------------------------------------------------------------------------------

    /**
     * The family of functions the complaint is about, after the council's readings of reports to
     * court; {@link FunctionScope#OUTSIDE_THE_PROCEDURE} with its not-eligible finding and route where
     * the procedure does not cover it.
     */
    private FunctionScope whatTheComplaintIsAbout(Complaint c, Findings findings) {
        LocalAuthorityFunction function = c.getFunction();
        switch (function) {
            case PUBLIC_LAW_COURT_REPORT -> {
                // Getting the Best from Complaints, social work reports to court: within, unless the council reads it otherwise.
                if (policy.publicLawCourtReportsInScope()) {
                    findings.eligible("SCOPE-PUBLIC-LAW-REPORT");
                    return FunctionScope.QUALIFYING_FUNCTIONS;
                }
                findings.notEligible("SCOPE-PUBLIC-LAW-REPORT-LOCAL", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
                return FunctionScope.OUTSIDE_THE_PROCEDURE;
            }
            case PRIVATE_LAW_WELFARE_REPORT, COURT_DIRECTED_INVESTIGATION_REPORT -> {
                // s7, s37 and the Ombudsman's fact sheet: outside, unless the council takes them in (privateLawCourtReportsInScope).
                if (policy.privateLawCourtReportsInScope()) {
                    findings.eligible("SCOPE-PRIVATE-LAW-REPORT-LOCAL");
                    return FunctionScope.QUALIFYING_FUNCTIONS;
                }
                findings.notEligible("SCOPE-PRIVATE-LAW-REPORT", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
                return FunctionScope.OUTSIDE_THE_PROCEDURE;
            }
            case CHILD_PROTECTION_ENQUIRY ->
                    // s47 is not on reg. 3's list: the council's own procedure, whatever the grievance.
                    findings.notEligible("SCOPE-S47-ENQUIRY", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
            case CHILD_PROTECTION_CONFERENCE_OR_PLAN -> {
                // Reg. 3 by omission: the conference's route covers its decisions; the rest is the council's own procedure.
                if (c.isAboutADecision()) {
                    findings.notEligible("SCOPE-CP-CONFERENCE", AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE);
                }
                if (c.isAboutMoreThanADecision()) {
                    findings.notEligible("SCOPE-CP-CONFERENCE-CONDUCT", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
                }
            }
            case FOSTER_CARER_OR_ADOPTER_APPROVAL -> {
                // Sch. 2 para. 12F(1)(b): a qualifying determination goes to the independent review mechanism; the rest, the council's own.
                if (c.isAboutADecision()) {
                    findings.notEligible("SCOPE-APPROVAL", AlternativeRoute.INDEPENDENT_REVIEW_MECHANISM);
                }
                if (c.isAboutMoreThanADecision()) {
                    findings.notEligible("SCOPE-APPROVAL-CONDUCT", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
                }
            }
            case VOLUNTARY_ORGANISATION_ACCOMMODATION -> {
                // Reg. 21(a) leaves out a child looked after by a local authority: placing that child in a voluntary
                // organisation's home is the council's own Part 3 function, within its procedure (s26(3A)(a)).
                if (childIs(c, ChildStatus.LOOKED_AFTER)) {
                    // A reading of scope, like SCOPE-FUNCTION: a note; who may complain about it is the standing rules'.
                    findings.neutral("SCOPE-VOLUNTARY-ORGANISATION-LOOKED-AFTER");
                    return FunctionScope.QUALIFYING_FUNCTIONS;
                }
                // Regs. 21 and 22: any other child's care is the organisation's to answer for.
                return FunctionScope.VOLUNTARY_ORGANISATION;
            }
            case ADULT_SOCIAL_CARE ->
                    // SI 2009/309 reg. 6(1)(a): the adult procedure.
                    findings.notEligible("SCOPE-ADULT-SOCIAL-CARE", AlternativeRoute.ADULT_SOCIAL_CARE_PROCEDURE);
            case OTHER_COUNCIL_FUNCTION ->
                    // s26, s24D by omission: the corporate procedure.
                    findings.notEligible("SCOPE-OTHER-FUNCTION", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
            default -> {
                // Every other function falls in the scope the statute gives it (SCOPE-FUNCTION gives no reason): among
                // them a prospective adopter's assessment, an adoption function as councils read the rest of reg. 4's list.
                return function.scope();
            }
        }
        return FunctionScope.OUTSIDE_THE_PROCEDURE;
    }

    // ---------------------------------------------------------------------------------------------
    // The child's situation: s26(3)(a), s17(10) and (11)
    // ---------------------------------------------------------------------------------------------

    /**
     * Notes on the child's situation where the council's record of it is not the last word: whether a
     * child is in need is a question of fact (s17(10)), a disabled child always is, and a complaint
     * about the assessment of need is within the procedure whatever it found (LGSCO 23 013 837). Each
     * note is given where it holds, whatever the child's recorded status and whoever complains; it
     * decides nothing on its own (the standing rules read the same facts).
     */
    private static void theChildsSituation(Complaint c, FunctionScope scope, Findings findings) {
        if (c.getStatuses().contains(ChildStatus.DISABLED)) {
            // s17(10)(c), (11): a disabled child is a child in need, whatever an assessment concluded.
            findings.neutral("WHO-CHILD-DISABLED");
        }
        if (!c.isStatusSettled() && scope == FunctionScope.QUALIFYING_FUNCTIONS) {
            // s26(3)(a), s17(10), LGSCO 23 013 837: disputed, under assessment or referred, not refused on that finding.
            findings.neutral("WHO-CHILD-STATUS-NOT-SETTLED");
        }
        if (aboutTheAssessmentOfNeed(c)) {
            // s26(3), (3A)(a), s17(10), LGSCO 23 013 837: the finding cannot defeat the complaint about it.
            findings.neutral("WHO-CHILD-ASSESSMENT-OF-NEED");
        }
    }

    /**
     * Whether the complaint concerns a child s26(3) speaks of, for the qualifying functions: recorded
     * as looked after or in need (WHO-CHILD-RECORDED gives no reason), disabled, of a status not
     * settled, or the subject of the assessment complained about (which needs no child on the record).
     */
    private static boolean childLookedAfterOrInNeed(Complaint c) {
        Set<ChildStatus> statuses = c.getStatuses();
        return statuses.contains(ChildStatus.LOOKED_AFTER) || statuses.contains(ChildStatus.IN_NEED)
                || statuses.contains(ChildStatus.DISABLED) || !c.isStatusSettled() || aboutTheAssessmentOfNeed(c);
    }

    /**
     * s26(3), (3A)(a), s17(10), LGSCO 23 013 837: a complaint about a s17 assessment, its finding or a
     * refused service; or about Part 3 support, complained of for its eligibility and assessment
     * criteria, its assessment and review, an unwelcome decision or a service not delivered.
     */
    private static boolean aboutTheAssessmentOfNeed(Complaint c) {
        return switch (c.getFunction()) {
            case CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE -> true;
            case PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES -> c.getGrievances().stream().anyMatch(ABOUT_THE_ASSESSMENT_OF_NEED::contains);
            default -> false;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Who may complain: s26(3), (3B), (3C), s24D, reg. 21, Part 5
    // ---------------------------------------------------------------------------------------------

    /**
     * The complainant's standing for the function: each category may complain only about the functions
     * it names, for a child in the situation it names (docs/LAW.md, who may complain). Where no category
     * gives the complainant standing for a function within the procedure, WHO-NO-STANDING.
     */
    private void whoMayComplain(Complaint c, FunctionScope scope, Findings findings) {
        if (c.getRole() == ComplainantRole.NONE_OF_THESE) {
            // s26(3), (3B), (3C), s24D by omission: outside every category, the corporate procedure.
            findings.notEligible("WHO-NONE", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
            return;
        }
        if (c.getRole() == ComplainantRole.CARE_LEAVER) {
            // s24D(1): whether a care leaver is within their category is a question about the person, the age on the
            // day received deciding, whatever the complaint is about; past it, that finding is the one on their standing.
            if (!careLeaverWithinSection24D(c, findings)) {
                return;
            }
            if (PART_3_FUNCTIONS_FOR_A_CARE_LEAVER.contains(c.getFunction())) {
                // s24D(1), "their functions under this Part": leaving-care support, Part 3 support, the assessment of need.
                findings.eligible("WHO-E13-CARE-LEAVER");
                return;
            }
            // Any other function: no category of s24D or s26 names a care leaver for it (below).
        }
        boolean standingDecided = switch (scope) {
            case QUALIFYING_FUNCTIONS -> qualifyingFunctions(c, findings);
            case ADOPTION_FUNCTIONS -> adoptionFunctions(c, findings);
            case SPECIAL_GUARDIANSHIP_SUPPORT -> specialGuardianshipSupport(c, findings);
            // s24D(1): leaving-care support is for a care leaver alone (above).
            case LEAVING_CARE -> false;
            case VOLUNTARY_ORGANISATION -> voluntaryOrganisation(c, findings);
            case FOSTERING_LIMITS -> fosteringLimits(c, findings);
            // A function outside the procedure has its own finding and route already: standing does not arise.
            case OUTSIDE_THE_PROCEDURE -> true;
        };
        if (!standingDecided) {
            // s26(3), (3A), (3B), (3C), s24D: standing is per child and per function.
            findings.notEligible("WHO-NO-STANDING", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
        }
    }

    /**
     * s26(3) and (3A): the qualifying functions (Part 3 and reg. 3's Part 4 and 5 functions), for a
     * child looked after or in need, by the child, a parent, a person with parental responsibility, or
     * anyone with a sufficient interest in the child; and by any local authority foster parent.
     *
     * @return whether a standing finding was made
     */
    private boolean qualifyingFunctions(Complaint c, Findings findings) {
        boolean childInScope = childLookedAfterOrInNeed(c);
        String ruleId = switch (c.getRole()) {
            // s26(3)(a): a child looked after, or a child in need (disabled children included).
            case CHILD_LOOKED_AFTER -> childInScope ? "WHO-E1-LOOKED-AFTER" : null;
            case CHILD_IN_NEED -> childInScope ? "WHO-E1-IN-NEED" : null;
            // s26(3)(b), (c): a parent of such a child, or a person, not a parent, with parental responsibility.
            case PARENT -> childInScope ? "WHO-E2-PARENT" : null;
            case PARENTAL_RESPONSIBILITY_HOLDER -> childInScope ? "WHO-E3-PARENTAL-RESPONSIBILITY" : null;
            // s26(3)(d): any local authority foster parent (docs/LAW.md category 4 names no child's situation).
            case LOCAL_AUTHORITY_FOSTER_PARENT -> "WHO-E4-FOSTER-PARENT";
            // s26(3)(d) as the council may read it; otherwise (3)(e), subject to reg. 12 (independentFosteringAgencyCarersAreFosterParents).
            case INDEPENDENT_FOSTERING_AGENCY_CARER -> policy.independentFosteringAgencyCarersAreFosterParents()
                    ? "WHO-E4-AGENCY-CARER" : childInScope ? "WHO-E4-AGENCY-CARER-SUFFICIENT-INTEREST" : null;
            // s26(3)(e): anyone with a sufficient interest in the child's welfare, subject to reg. 12.
            case SUFFICIENT_INTEREST_IN_CHILD -> childInScope ? "WHO-E5-SUFFICIENT-INTEREST" : null;
            default -> null;
        };
        if (ruleId == null) {
            return false;
        }
        findings.eligible(ruleId);
        return true;
    }

    /**
     * s26(3B) and reg. 4: the adoption functions, by the persons for whom the Adoption Service is
     * maintained and those adoption support extends to ((3B)(a)), or anyone with a sufficient interest
     * in a child who is or may be adopted ((3B)(b), subject to reg. 12).
     *
     * @return whether a standing finding was made
     */
    private static boolean adoptionFunctions(Complaint c, Findings findings) {
        ComplainantRole role = c.getRole();
        boolean adoptionChild = childIs(c, ChildStatus.ADOPTION_RELATED);
        if (SECTION_26_3B_A.contains(role)) {
            // s26(3B)(a), ACA 2002 s3(1): "children who may be adopted, their parents and guardians" only for such a child.
            boolean situation = !ADOPTION_FOR_A_CHILD_WHO_MAY_BE_ADOPTED.contains(role) || adoptionChild;
            if (situation) {
                findings.eligible("WHO-E6-E7-ADOPTION");
            }
            return situation;
        }
        if (role == ComplainantRole.SUFFICIENT_INTEREST_IN_ADOPTED_CHILD && adoptionChild) {
            // s26(3B)(b): a sufficient interest in a child who is or may be adopted, subject to reg. 12.
            findings.eligible("WHO-E8-SUFFICIENT-INTEREST-ADOPTION");
            return true;
        }
        return false;
    }

    /**
     * s26(3C) and reg. 5: special guardianship support, by the child subject to the order, a special
     * guardian or a parent ((3C)(a), (b)), anyone with a sufficient interest ((3C)(c), subject to reg.
     * 12), or anyone who asked for an assessment under s14F(3) or (4) ((3C)(d)).
     *
     * @return whether a standing finding was made
     */
    private static boolean specialGuardianshipSupport(Complaint c, Findings findings) {
        ComplainantRole role = c.getRole();
        boolean specialGuardianshipChild = childIs(c, ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER);
        if (SECTION_26_3C_A_B.contains(role) && specialGuardianshipChild) {
            // s26(3C)(a), (b): the child, a special guardian, or a parent of such a child.
            findings.eligible("WHO-E9-E10-SPECIAL-GUARDIANSHIP");
            return true;
        }
        if (role == ComplainantRole.SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD && specialGuardianshipChild) {
            // s26(3C)(c): a sufficient interest in such a child, subject to reg. 12.
            findings.eligible("WHO-E11-SUFFICIENT-INTEREST-SPECIAL-GUARDIANSHIP");
            return true;
        }
        if (role == ComplainantRole.SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT) {
            // s26(3C)(d), s14F(3)-(4): whoever asked for an assessment, whatever the child's situation.
            findings.eligible("WHO-E12-S14F-APPLICANT");
            return true;
        }
        return false;
    }

    /**
     * s24D(1): a care leaver is within s24D while within their category, each category ending at the
     * birthday the statute gives it, the age on the day received deciding (the library's reading of
     * "made to them by"); such a person, complaining about a function s24D reaches, makes
     * representations under s24D and is offered an advocate (s26A(1)(a)). Gives the note on the category, then the finding on the young
     * person's age: within it; within it only if the council establishes a category that reaches the
     * age (whatever its local offer: the offer does not say whether s24D applies); or past it, to the
     * council's own procedure under its local offer where that reaches the age and the complaint is
     * about what the offer extends (the Part 3 functions), never the statutory one, or otherwise to
     * the corporate procedure.
     *
     * @return false if the young person is past their category on the day received
     */
    /** s26A(1)(a): an advocate for representations under s24D, that is about the council's Part 3 functions for the care leaver. */
    private static void offerAdvocacyUnderSection24D(Complaint c, Findings findings) {
        if (PART_3_FUNCTIONS_FOR_A_CARE_LEAVER.contains(c.getFunction())) {
            findings.neutral("ACT-ADVOCACY-CARE-LEAVER", RequiredAction.OFFER_ADVOCACY);
        }
    }

    private boolean careLeaverWithinSection24D(Complaint c, Findings findings) {
        CareLeaverCategory category = c.getCareLeaverCategory();
        if (category == null) {
            // s24D(1), s23CZB(1), s24(1A), (1B): no category reaches the 25th birthday; below it, the category decides.
            findings.neutral("WHO-E13-CATEGORY-NOT-RECORDED");
        } else {
            findings.neutral(switch (category) {
                // s24D(1)(a), s23C(1), s23CZB(1): a relevant child to 18, then a former relevant child to 25.
                case RELEVANT_CHILD, FORMER_RELEVANT_CHILD -> "WHO-E13-CATEGORY";
                // s24D(1)(b), (c), s24(1A), (1B), s24B: to 21, or to 25 if helped with education or training.
                case QUALIFYING_PERSON -> "WHO-E13-CATEGORY-QUALIFYING-PERSON";
                // s24D(1)(c), s24B, as councils read it: to the 25th birthday.
                case HELPED_WITH_EDUCATION_OR_TRAINING -> "WHO-E13-CATEGORY-EDUCATION";
            });
        }
        Integer age = c.getAge();
        if (age == null || age < certainlyWithinUntil(category)) {
            // Within the category (an unknown age is not held against the young person).
            offerAdvocacyUnderSection24D(c, findings);
            return true;
        }
        if (age < possiblyWithinUntil(category)) {
            // From 21 to 24: within s24D only as a former relevant child or one helped with education or training.
            offerAdvocacyUnderSection24D(c, findings);
            // The council establishes the category: whether the young person is within s24D at all, whatever its local offer.
            findings.discretion(category == null ? "WHO-E13-CATEGORY-TO-ESTABLISH" : "WHO-E13-QUALIFYING-PERSON-PAST-21",
                    RequiredAction.ESTABLISH_CARE_LEAVER_CATEGORY);
            return true;
        }
        if (withinLocalOffer(age) && PART_3_FUNCTIONS_FOR_A_CARE_LEAVER.contains(c.getFunction())) {
            // Past the category, within the council's local offer, about what the offer extends (the Part 3
            // functions a care leaver may complain about): its own procedure for care leavers, not the statutory one.
            findings.notEligible("WHO-E13-LOCAL-OFFER", AlternativeRoute.CARE_LEAVERS_LOCAL_OFFER);
        } else {
            // Past the category, and any local offer, on the day received: outside s24D.
            findings.notEligible("WHO-E13-OVER-AGE", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
        }
        return false;
    }

    /** The birthday before which a care leaver of {@code category} (null: not recorded) is certainly within s24D(1). */
    private static int certainlyWithinUntil(CareLeaverCategory category) {
        if (category == null) {
            // Every adult category reaches the 21st birthday; from it, the category decides.
            return QUALIFYING_PERSON_UNTIL;
        }
        return switch (category) {
            case RELEVANT_CHILD -> RELEVANT_CHILD_UNTIL;
            case QUALIFYING_PERSON -> QUALIFYING_PERSON_UNTIL;
            case FORMER_RELEVANT_CHILD, HELPED_WITH_EDUCATION_OR_TRAINING -> LATEST_CATEGORY_UNTIL;
        };
    }

    /**
     * The birthday from which a care leaver of {@code category} is certainly outside s24D(1): a category
     * not recorded, or a person qualifying for advice and assistance who may also be helped with
     * education or training (s24D(1)(c)), may reach the 25th.
     */
    private static int possiblyWithinUntil(CareLeaverCategory category) {
        return category == null || category == CareLeaverCategory.QUALIFYING_PERSON ? LATEST_CATEGORY_UNTIL
                : certainlyWithinUntil(category);
    }

    /** careLeaverLocalOfferAgeCeiling: whether the council's local offer reaches a care leaver of {@code age} (inclusive). */
    private boolean withinLocalOffer(int age) {
        return policy.careLeaverLocalOfferAgeCeiling().isPresent() && age <= policy.careLeaverLocalOfferAgeCeiling().getAsInt();
    }

    /**
     * Reg. 21: representations about a child a voluntary organisation accommodates, who is not looked
     * after by a local authority, are for the organisation, under reg. 22's modified procedure, not the
     * council's.
     *
     * @return whether a standing finding was made
     */
    private static boolean voluntaryOrganisation(Complaint c, Findings findings) {
        // A looked-after child's placement is the council's own function (above): here the child is not looked after.
        if (REGULATION_21.contains(c.getRole()) && childIs(c, ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION)) {
            findings.notEligible("WHO-E14-VOLUNTARY-ORGANISATION", AlternativeRoute.VOLUNTARY_ORGANISATION_PROCEDURE);
            return true;
        }
        return false;
    }

    /**
     * Part 5 and Sch. 7 para. 6: representations about fostering limits; who may make them is not
     * checked (docs/LAW.md, what the library does not decide).
     *
     * @return whether a standing finding was made
     */
    private static boolean fosteringLimits(Complaint c, Findings findings) {
        if (c.getRole() == ComplainantRole.FOSTERING_LIMITS_REPRESENTATIONS) {
            findings.eligible("WHO-E15-FOSTERING-LIMITS");
            return true;
        }
        return false;
    }

    /** Whether a child is given, with {@code status} among their statuses. */
    private static boolean childIs(Complaint c, ChildStatus status) {
        return c.getStatuses().contains(status);
    }

    // ---------------------------------------------------------------------------------------------
    // Advocacy (s26A)
    // ---------------------------------------------------------------------------------------------

    /**
     * s26A(1)(b): a child who makes, or intends to make, representations under s26 (the child of a s26
     * category, whatever the function turns out to be) is offered an advocate; an adult is not, nor a
     * child complaining to a voluntary organisation (reg. 22(2)(b)), nor where no child is given at all
     * (an adopted adult complaining for themselves). A care leaver's advocate, under s26A(1)(a), goes
     * with their being within a category of s24D (above).
     */
    private static void advocacy(Complaint c, Findings findings) {
        // Complaint.isChild: a child is given, under 18 or of unknown age.
        if (CHILDREN_UNDER_SECTION_26.contains(c.getRole()) && c.isChild()) {
            findings.neutral("ACT-ADVOCACY-CHILD", RequiredAction.OFFER_ADVOCACY);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Representatives, the child's views (Getting the Best from Complaints), an adult's representative
    // ---------------------------------------------------------------------------------------------

    /** How the complaint stands to the child, and through whom it is made. */
    private void representatives(Complaint c, Findings findings) {
        if (c.getMode() == RepresentationMode.ON_BEHALF_OF_CHILD) {
            onTheChildsBehalf(c, findings);
        } else if (c.getMode() == RepresentationMode.RELATES_TO_CHILD) {
            // GBC, complaints relating to a child: the adult complains about the child, not for the child.
            findings.neutral("REP-RELATES-TO-CHILD");
        }
        if (c.getComplainantsRepresentative() != null) {
            adultComplainantsRepresentative(c, findings);
        }
    }

    /**
     * A complaint on the child's behalf. A parent, a person with parental responsibility or a local
     * authority foster parent keeps their own right (s26(3)(b)-(d), (3B)(a), (3C)(b), reg. 21(b), (c),
     * LGSCO July 2019): neither the council's view of them as a representative, nor the child's consent,
     * nor the child's best interests can stop it, whatever the council's settings; what the council has
     * found in their favour is still recorded, the child's views are still to be confirmed where
     * possible, and where the council finds them unsuitable as the child's representative, or the child
     * does not agree, or is not shown to be served, the child is heard in their own right. Any other
     * representative needs the council's finding that they are suitable, and the child's views or, where
     * the council requires it, consent (GBC, representatives; childConsent; representativeWithoutChildsViews).
     */
    private void onTheChildsBehalf(Complaint c, Findings findings) {
        boolean ownRight = c.getRepresentativesOwnRole() != null;
        if (ownRight) {
            findings.eligible("REP-LISTED-OWN-RIGHT");
        }
        representativesSuitability(c, ownRight, findings);
        switch (c.getChildViews()) {
            // GBC: the child is content, and the complaint reflects their views.
            case CONSENT_GIVEN -> findings.eligible("REP-CHILD-CONSENTS");
            case NOT_SOUGHT -> {
                if (!ownRight && childsConsentRequired(c)) {
                    // childConsent: consent the council requires must be obtained before going on.
                    findings.discretion("REP-CONSENT-NOT-SOUGHT", RequiredAction.CONFIRM_CHILDS_VIEWS);
                } else {
                    // GBC: confirm, where possible, that the child is content (REP-CONSENT-VIEWS-RECORDED gives no
                    // reason). For a person with their own right this holds whatever the consent setting, which
                    // "concerns only a representative acting for the child" (docs/LAW.md, childConsent).
                    findings.neutral("REP-VIEWS-NOT-SOUGHT", RequiredAction.CONFIRM_CHILDS_VIEWS);
                }
            }
            case CONSENT_REFUSED -> {
                if (ownRight) {
                    // LGSCO July 2019: a person on the list needs no consent; the refusal cannot stop their complaint,
                    // and the child, who does not agree, is heard in their own right.
                    childHeardInTheirOwnRight(findings);
                } else if (childsConsentRequired(c)) {
                    // childConsent, reg. 12: the representative's complaint does not go on; the child may complain.
                    findings.notEligible("REP-CONSENT-REFUSED-REQUIRED", AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE,
                            RequiredAction.NOTIFY_REPRESENTATIVE_IN_WRITING, RequiredAction.OFFER_CHILD_OWN_COMPLAINT_WITH_ADVOCATE);
                } else {
                    // GBC: the child's refusal is weighed before going on (no action names that weighing).
                    findings.discretion("REP-CONSENT-REFUSED");
                }
            }
            case CANNOT_BE_OBTAINED -> viewsCannotBeObtained(c, ownRight, findings);
        }
    }

    /**
     * s26(3)(a), s26A(1)(b), GBC: a listed person's complaint goes on in their own right, and the
     * council offers the child a complaint of their own, with an advocate.
     */
    private static void childHeardInTheirOwnRight(Findings findings) {
        findings.neutral("REP-LISTED-CHILD-HEARD", RequiredAction.OFFER_CHILD_OWN_COMPLAINT_WITH_ADVOCATE);
    }

    /**
     * GBC, LGSCO 21 002 324: the council decides whether a representative with no right of their own is
     * suitable; for a person with their own right a finding in their favour is recorded, and one against
     * them leaves the child heard in their own right.
     */
    private static void representativesSuitability(Complaint c, boolean ownRight, Findings findings) {
        Suitability suitability = c.getRepresentativeSuitability();
        if (suitability == Suitability.SUITABLE) {
            // GBC: a representative found suitable may pursue the complaint.
            findings.eligible("REP-SUITABLE");
        } else if (ownRight) {
            // s26(3)(b)-(d): the council's view of them as a representative does not stop their own complaint;
            // found unsuitable to speak for the child, the child is offered a complaint of their own.
            if (suitability == Suitability.NOT_SUITABLE) {
                childHeardInTheirOwnRight(findings);
            }
        } else if (suitability == Suitability.NOT_YET_DECIDED) {
            // GBC, LGSCO 21 002 324: the council must decide it.
            findings.discretion("REP-SUITABILITY-UNDECIDED", RequiredAction.DECIDE_REPRESENTATIVE_SUITABILITY);
        } else {
            // GBC, reg. 12: notice in writing, and the child offered a complaint of their own with an advocate.
            findings.notEligible("REP-NOT-SUITABLE", AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE,
                    RequiredAction.NOTIFY_REPRESENTATIVE_IN_WRITING, RequiredAction.OFFER_CHILD_OWN_COMPLAINT_WITH_ADVOCATE);
        }
    }

    /**
     * representativeWithoutChildsViews: the child's views are confirmed only where possible; the council
     * may also require its finding that the representative acts in the child's best interests (no action
     * names that finding). For a person with their own right a finding in their favour is recorded, and
     * one against them leaves the child heard in their own right.
     */
    private void viewsCannotBeObtained(Complaint c, boolean ownRight, Findings findings) {
        Boolean confirmed = c.getBestInterestsConfirmed();
        if (ownRight && Boolean.FALSE.equals(confirmed)) {
            // REP-LISTED-CHILD-HEARD: the council found the listed person's complaint does not serve the child, whether
            // or not its setting asks for that finding; the complaint goes on, and the child is offered their own.
            childHeardInTheirOwnRight(findings);
        }
        if (policy.representativeWithoutChildsViews() == LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT) {
            // A pre-verbal child, or one without capacity, does not stop a suitable representative.
            findings.eligible("REP-VIEWS-UNOBTAINABLE");
            return;
        }
        if (Boolean.TRUE.equals(confirmed)) {
            // The council is satisfied the representative acts in the child's best interests.
            findings.eligible("REP-BEST-INTERESTS-CONFIRMED");
        } else if (ownRight) {
            // s26(3)(b)-(d): the council's setting on representatives cannot stop a listed person's own complaint.
            return;
        } else if (confirmed == null) {
            // The council must decide whether the representative acts in the child's best interests.
            findings.discretion("REP-BEST-INTERESTS-UNDECIDED");
        } else {
            // Not satisfied: the representative's complaint does not go on (reg. 12's notice, the child's own complaint).
            findings.notEligible("REP-BEST-INTERESTS-REFUSED", AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE,
                    RequiredAction.NOTIFY_REPRESENTATIVE_IN_WRITING, RequiredAction.OFFER_CHILD_OWN_COMPLAINT_WITH_ADVOCATE);
        }
    }

    /**
     * childConsent, childConsentAge: whether this child's consent is required (REP-CONSENT-ALWAYS,
     * -FROM-AGE, -UNDERSTANDING, which give no reason): always; from an age, on the day received, a
     * child of unknown age not; or for a child of sufficient understanding.
     */
    private boolean childsConsentRequired(Complaint c) {
        return switch (policy.childConsent()) {
            case RECORD_VIEWS -> false;
            case ALWAYS_REQUIRED -> true;
            case REQUIRED_FROM_AGE -> c.getAge() != null && c.getAge() >= policy.childConsentAge().orElseThrow();
            case REQUIRED_IF_SUFFICIENT_UNDERSTANDING -> c.getUnderstanding() == Understanding.SUFFICIENT;
        };
    }

    /** LGA 1974 s26A as councils apply it: an adult complainant's own representative acts with their consent; the complainant's standing is decided. */
    private static void adultComplainantsRepresentative(Complaint c, Findings findings) {
        Boolean consented = c.getComplainantConsented();
        if (consented == null) {
            // Before acting on it, the council confirms that the representative acts for the complainant.
            findings.neutral("REP-COMPLAINANTS-CONSENT-UNCONFIRMED", RequiredAction.CONFIRM_COMPLAINANTS_CONSENT);
        } else if (consented) {
            // With the complainant's consent: a note; the complainant's standing is decided, not the representative's.
            findings.neutral("REP-COMPLAINANTS-REPRESENTATIVE");
        } else {
            // Not agreed: the council deals with the complainant directly and decides how to go on (no action names it).
            findings.discretion("REP-COMPLAINANTS-CONSENT-REFUSED");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Sufficient interest (reg. 12, reg. 22(2)(d))
    // ---------------------------------------------------------------------------------------------

    /**
     * Reg. 12: a complainant under s26(3)(e), (3B)(b), (3C)(c), the last group of reg. 21, or an
     * agency carer the council does not read as a foster parent, may complain only once the council
     * decides they have a sufficient interest; where the council so reads reg. 14 with reg. 22(2)(d),
     * stage 1 runs from that decision.
     */
    private void sufficientInterest(Complaint c, Findings findings) {
        boolean applies = c.isCategoryNeedsSufficientInterestDecision()
                || c.getRole() == ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER
                && !policy.independentFosteringAgencyCarersAreFosterParents();
        if (!applies) {
            return;
        }
        if (policy.stage1ClockStart() == LocalPolicy.Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS) {
            c.stage1ClockFromSufficientInterestDecision();
        }
        Suitability decision = c.getSufficientInterest();
        switch (decision) {
            // Reg. 12(1), LGSCO 24 019 922: decide as soon as possible, on the relevant matters.
            case NOT_YET_DECIDED -> findings.discretion("REP-REG12-UNDECIDED", RequiredAction.DECIDE_SUFFICIENT_INTEREST);
            // Reg. 12: found; the council considers the representations, and tells the child if appropriate.
            case SUITABLE -> findings.eligible("REP-REG12-FOUND", RequiredAction.TELL_CHILD_OF_SUFFICIENT_INTEREST_DECISION);
            // Reg. 12: not found; notice that no further action will be taken, and the child told if appropriate.
            case NOT_SUITABLE -> findings.notEligible("REP-REG12-NOT-FOUND", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE,
                    RequiredAction.NOTIFY_NO_SUFFICIENT_INTEREST, RequiredAction.TELL_CHILD_OF_SUFFICIENT_INTEREST_DECISION);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Matters the council decides before going on: the adult's own treatment, repeats, next-day resolution
    // ---------------------------------------------------------------------------------------------

    /**
     * The circumstances that ask for the council's decision, or that a council's setting excludes; where
     * the council has recorded its decision, the decision.
     */
    private void matterAlreadyDealtWith(Complaint c, Findings findings) {
        Set<Circumstance> circumstances = c.getCircumstances();
        if (circumstances.contains(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT)) {
            complainantsOwnTreatment(c, findings);
        }
        if (circumstances.contains(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES)
                || circumstances.contains(Circumstance.UNREASONABLY_PERSISTENT)) {
            repeatedOrPersistent(c, findings);
        }
        if (circumstances.contains(Circumstance.ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY)) {
            // SI 2009/309 reg. 8(1)(c) is the adults'; only a council's setting applies it to children's complaints.
            if (policy.nextWorkingDayResolutionExcluded()) {
                findings.notEligible("SCOPE-NEXT-DAY-EXCLUDED", AlternativeRoute.INFORMAL_RESOLUTION);
            } else {
                findings.neutral("SCOPE-NEXT-DAY-NOT-EXCLUDED");
            }
        }
        if (circumstances.contains(Circumstance.ALREADY_CONSIDERED)) {
            // SI 2009/309 reg. 8(1)(e), adults only, unless the council applies it (adultRepeatExclusionsApplied).
            adultRepeatExclusion(findings, "SCOPE-ALREADY-CONSIDERED");
        }
        if (circumstances.contains(Circumstance.INVESTIGATED_BY_OMBUDSMAN)) {
            // SI 2009/309 reg. 8(1)(f), adults only, unless the council applies it (adultRepeatExclusionsApplied).
            adultRepeatExclusion(findings, "SCOPE-OMBUDSMAN-INVESTIGATED");
        }
    }

    /**
     * s26(3), LGSCO fact sheet: a complaint about how the council treated the complainant as an adult is
     * within the procedure if it concerns the discharge of the council's functions in relation to the
     * child, and "will probably" go to the council's own procedure otherwise: the council decides, and
     * its decision, once recorded (CouncilFindings.concernsTheChild), is read.
     */
    private static void complainantsOwnTreatment(Complaint c, Findings findings) {
        Boolean concernsTheChild = c.getConcernsTheChild();
        if (concernsTheChild == null) {
            // Not excluded outright: the council decides.
            findings.discretion("SCOPE-ADULT-TREATMENT", RequiredAction.DECIDE_WHETHER_ABOUT_THE_CHILD);
        } else if (concernsTheChild) {
            // s26(3), "in relation to the child": within the procedure; a condition met, a note (the standing rules decide).
            findings.neutral("SCOPE-ADULT-TREATMENT-ABOUT-THE-CHILD");
        } else {
            // The fact sheet: the council's own complaints procedure.
            findings.notEligible("SCOPE-ADULT-TREATMENT-NOT-ABOUT-THE-CHILD", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
        }
    }

    /**
     * GBC, repeated and persistent complaints: a complaint already dealt with at all three stages need
     * not be investigated again, and the guidance instructs on unreasonably persistent complainants: the
     * council decides, records why and tells the complainant, never refusing silently; its decision, once
     * recorded (CouncilFindings.consideredAgain), is read: the complaint goes on, or the council gives its
     * reasons in writing and the complainant may go to the Ombudsman (LGA 1974 s26B).
     */
    private static void repeatedOrPersistent(Complaint c, Findings findings) {
        Boolean consideredAgain = c.getConsideredAgain();
        if (consideredAgain == null) {
            if (c.getCircumstances().contains(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES)) {
                // Need not be investigated again: the council decides, and records why.
                findings.discretion("SCOPE-CONSIDERED-AT-THREE-STAGES", RequiredAction.DECIDE_WHETHER_TO_CONSIDER_AGAIN);
            }
            if (c.getCircumstances().contains(Circumstance.UNREASONABLY_PERSISTENT)) {
                // The guidance's instruction on persistent complainants: the council decides whether, and how, to consider it.
                findings.discretion("SCOPE-UNREASONABLY-PERSISTENT", RequiredAction.DECIDE_WHETHER_TO_CONSIDER_AGAIN);
            }
        } else if (consideredAgain) {
            // The council will consider it again: it goes on; a condition met, a note.
            findings.neutral("SCOPE-CONSIDERED-AGAIN");
        } else {
            // It will not: its reasons in writing, and the Ombudsman.
            findings.notEligible("SCOPE-NOT-CONSIDERED-AGAIN", AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN);
        }
    }

    /**
     * A matter the adult regulations exclude: a note by default; the council's decision where it applies
     * them (no action names that decision: DECIDE_WHETHER_TO_CONSIDER_AGAIN is the statutory guidance's).
     */
    private void adultRepeatExclusion(Findings findings, String ruleId) {
        if (policy.adultRepeatExclusionsApplied()) {
            findings.discretion(ruleId + "-LOCAL");
        } else {
            findings.neutral(ruleId);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The time limit (reg. 9; Getting the Best from Complaints para. 3.3.1)
    // ---------------------------------------------------------------------------------------------

    /**
     * Reg. 9: a complaint more than a year after the grounds arose (or, as the council may read it,
     * after the complainant learned of them) need not be considered, and may be: the council decides,
     * with the guidance's presumption in favour of accepting it unless it has turned that off, and on
     * the guidance's two questions.
     */
    private void timeLimit(Complaint c, Findings findings) {
        boolean late;
        if (policy.timeLimitTrigger() == LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE) {
            // TIME-FROM-KNOWLEDGE: the later of the grounds arising and the complainant learning of them.
            c.timeLimitFromKnowledge();
            late = c.isLateFromKnowledge();
        } else {
            // TIME-FROM-GROUNDS: the regulation's words.
            late = c.isLateFromGrounds();
        }
        if (!late) {
            findings.neutral("TIME-IN-TIME");
            return;
        }
        Boolean couldNotReasonablyComplainInTime = c.getCouldNotReasonablyComplainInTime();
        Boolean canStillBeConsideredFairly = c.getCanStillBeConsideredFairly();
        if (Boolean.FALSE.equals(couldNotReasonablyComplainInTime) || Boolean.FALSE.equals(canStillBeConsideredFairly)) {
            // GBC 3.3.1: reasonable to expect it in time, or no longer fair to consider: it does not go on.
            findings.notEligible("TIME-LATE-REFUSED", AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN);
        } else if (Boolean.TRUE.equals(couldNotReasonablyComplainInTime) && Boolean.TRUE.equals(canStillBeConsideredFairly)) {
            // GBC 3.3.1: not reasonable to expect it in time, and still fair to consider: it goes on.
            findings.eligible("TIME-LATE-ACCEPTED");
        } else {
            // Reg. 9: the council decides, never a silent refusal; GBC 3.3.1's presumption, or the council's departure from it.
            findings.discretion("TIME-LATE", RequiredAction.DECIDE_LATE_COMPLAINT);
            findings.neutral(policy.lateComplaintPresumption() ? "TIME-LATE-PRESUMPTION" : "TIME-LATE-NO-PRESUMPTION");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Concurrent proceedings (reg. 8)
    // ---------------------------------------------------------------------------------------------

    /** Reg. 8: the council decides whether considering the complaint might prejudice proceedings; its policy suspends or declines, in writing. */
    private void concurrentProceedings(Complaint c, Findings findings) {
        if (!c.isConcurrentProceedings()) {
            return;
        }
        Boolean prejudice = c.getMightPrejudiceProceedings();
        boolean declines = policy.concurrentProceedings() == LocalPolicy.ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON;
        if (prejudice == null) {
            findings.discretion("PROC-CONCURRENT", RequiredAction.DECIDE_CONCURRENT_PROCEEDINGS);
            // The council's policy (concurrentProceedings): a note on how it will act, with a written reason.
            findings.neutral(declines ? "PROC-CONCURRENT-DECLINE" : "PROC-CONCURRENT-SUSPEND");
        } else if (!prejudice) {
            // No prejudice found: reg. 8 gives no ground not to consider it.
            findings.neutral("PROC-CONCURRENT-NO-PREJUDICE");
        } else if (declines) {
            // Prejudice found, and the council's policy declines: not considered, to the Ombudsman.
            findings.notEligible("PROC-CONCURRENT-DECLINED", AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN);
        } else {
            // Prejudice found, and the council's policy suspends: considered once the proceedings end.
            findings.neutral("PROC-CONCURRENT-SUSPEND");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // How findings combine (docs/RULES.md, introduction)
    // ---------------------------------------------------------------------------------------------

    /** The findings of one decision, each rule id once, with the actions and routes they bring. */
    private static final class Findings {

        private final Map<String, Effect> effects = new TreeMap<>();
        private final Map<String, Set<RequiredAction>> actions = new TreeMap<>();
        private final Set<AlternativeRoute> routes = EnumSet.noneOf(AlternativeRoute.class);

        void eligible(String ruleId, RequiredAction... required) {
            add(ruleId, Effect.ELIGIBLE, required);
        }

        void neutral(String ruleId, RequiredAction... required) {
            add(ruleId, Effect.NEUTRAL, required);
        }

        void discretion(String ruleId, RequiredAction... required) {
            add(ruleId, Effect.DISCRETION_REQUIRED, required);
        }

        void notEligible(String ruleId, AlternativeRoute route, RequiredAction... required) {
            add(ruleId, Effect.NOT_ELIGIBLE, required);
            routes.add(route);
        }

        private void add(String ruleId, Effect effect, RequiredAction... required) {
            Effect before = effects.put(ruleId, effect);
            if (before != null && before != effect) {
                throw new IllegalStateException(ruleId + " found twice with different effects");
            }
            actions.computeIfAbsent(ruleId, id -> EnumSet.noneOf(RequiredAction.class)).addAll(java.util.List.of(required));
        }

        /**
         * The strongest effect wins; a complaint that is not eligible keeps no ELIGIBLE reason nor the
         * actions only they required, drops the decisions now moot, names the most specific route
         * (the first in {@link AlternativeRoute} order), and refers the complainant to it and to the
         * Ombudsman.
         */
        Verdict verdict() {
            Outcome outcome = Effect.strongestOutcome(effects.values());
            Map<String, Effect> kept = new TreeMap<>();
            Set<RequiredAction> required = EnumSet.noneOf(RequiredAction.class);
            effects.forEach((ruleId, effect) -> {
                if (outcome != Outcome.NOT_ELIGIBLE || effect != Effect.ELIGIBLE) {
                    kept.put(ruleId, effect);
                    required.addAll(actions.get(ruleId));
                }
            });
            AlternativeRoute route = null;
            if (outcome == Outcome.NOT_ELIGIBLE) {
                required.removeAll(MOOT_WHEN_NOT_ELIGIBLE);
                required.add(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE);
                required.add(RequiredAction.TELL_COMPLAINANT_ABOUT_OMBUDSMAN);
                route = routes.iterator().next();
            }
            return new Verdict(outcome, Collections.unmodifiableMap(kept), Collections.unmodifiableSet(required), route);
        }
    }
}
