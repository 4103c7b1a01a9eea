package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.PartDecision;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.CouncilFindings;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.StatusBasis;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/INTAKE.md}: the situations a complaints officer meets, each with its source, the
 * request fields to enter, and the answer the library gives, which this test checks before it
 * writes the page. The page is generated, so the fields shown are exactly those assessed.
 */
class IntakeGuideTest {

    private static final LocalPolicy DEFAULTS = LocalPolicy.statutoryDefaults();
    private static final LocalPolicy CHESHIRE_WEST = LocalPolicyExamples.cheshireWestAndChester2016();
    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 4);

    /** One situation: what happened, where it comes from, the request, and the answer expected. */
    private record Situation(String title, String source, String policyName, LocalPolicy policy, ComplaintRequest request,
                             Outcome outcome, AlternativeRoute route, List<String> rules, List<RequiredAction> actions) {
    }

    private static Situation situation(String title, String source, ComplaintRequest request, Outcome outcome,
                                       AlternativeRoute route, List<String> rules, RequiredAction... actions) {
        return new Situation(title, source, "the statutory defaults", DEFAULTS, request, outcome, route, rules, List.of(actions));
    }

    private static Situation withPolicy(Situation situation, String policyName, LocalPolicy policy) {
        return new Situation(situation.title(), situation.source(), policyName, policy, situation.request(), situation.outcome(),
                situation.route(), situation.rules(), situation.actions());
    }

    private static Child child(int age, ChildStatus... statuses) {
        return Child.of(Understanding.SUFFICIENT, statuses).withAge(age);
    }

    private static ComplaintRequest request(ComplainantRole role, Child child, LocalAuthorityFunction function, Grievance... grievances) {
        return ComplaintRequest.of(role, child, Representation.inOwnRight(), Subject.of(function, grievances),
                ComplaintDates.of(Requests.RECEIVED, Requests.GROUNDS));
    }

    private static ComplaintRequest parentOfChildInNeed(LocalAuthorityFunction function, Grievance... grievances) {
        return request(ComplainantRole.PARENT, child(9, ChildStatus.IN_NEED), function, grievances);
    }

    private static ComplaintRequest careLeaver(int age, CareLeaverCategory category) {
        return request(ComplainantRole.CARE_LEAVER, child(age, ChildStatus.CARE_LEAVER).withCareLeaverCategory(category),
                LocalAuthorityFunction.LEAVING_CARE_SUPPORT, Grievance.DELIVERY_OR_NON_DELIVERY_OF_SERVICES);
    }

    private static ComplaintRequest forChild(RepresentativeKind kind, ChildViews views, Suitability suitability, int age) {
        return request(ComplainantRole.CHILD_LOOKED_AFTER, child(age, ChildStatus.LOOKED_AFTER),
                LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, Grievance.UNWELCOME_OR_DISPUTED_DECISION)
                .withRepresentation(Representation.onBehalfOfChild(kind, views, suitability));
    }

    private static ComplaintRequest grandparent() {
        return request(ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD, child(6, ChildStatus.LOOKED_AFTER),
                LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, Grievance.UNWELCOME_OR_DISPUTED_DECISION);
    }

    static List<Situation> situations() {
        List<Situation> all = new ArrayList<>();
        all.add(situation("A looked-after child complains about contact with their family",
                "Children Act 1989 s26(3)(a), s26A; Cheshire West and Chester's annual report for 2016-17 (complaints from young people)",
                request(ComplainantRole.CHILD_LOOKED_AFTER, child(14, ChildStatus.LOOKED_AFTER), LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE,
                        Grievance.UNWELCOME_OR_DISPUTED_DECISION),
                Outcome.ELIGIBLE, null, List.of("WHO-E1-LOOKED-AFTER", "ACT-ADVOCACY-CHILD", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                RequiredAction.OFFER_ADVOCACY));
        all.add(situation("A parent complains about delay in the services of a child in need plan",
                "Children Act 1989 s26(3)(b); Harrow's annual report for 2017/18 (most complainants are parents)",
                parentOfChildInNeed(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                Outcome.ELIGIBLE, null, List.of("WHO-E2-PARENT", "TIME-IN-TIME", "ACT-ACKNOWLEDGE")));
        all.add(situation("A parent disputes an assessment that found the child not in need",
                "Children Act 1989 s17(10), s26(3)(b); Ombudsman decision 23 013 837",
                request(ComplainantRole.PARENT, child(7, ChildStatus.NONE).withStatusBasis(StatusBasis.DISPUTED),
                        LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE, Grievance.ELIGIBILITY_AND_ASSESSMENT_CRITERIA),
                Outcome.ELIGIBLE, null, List.of("WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME",
                        "WHO-CHILD-STATUS-NOT-SETTLED")));
        all.add(situation("A parent of a disabled child is refused short breaks",
                "Children Act 1989 s17(10)(c), s26(3)(b)",
                request(ComplainantRole.PARENT, child(11, ChildStatus.DISABLED),
                        LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE, Grievance.UNWELCOME_OR_DISPUTED_DECISION),
                Outcome.ELIGIBLE, null, List.of("WHO-CHILD-DISABLED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME",
                        "WHO-CHILD-ASSESSMENT-OF-NEED")));
        all.add(situation("A parent complains about how the social worker treated them during the child's assessment",
                "Children Act 1989 s26(3)(b); the Ombudsman's fact sheet (\"will probably\" go to the council's own procedure)",
                request(ComplainantRole.PARENT, child(4, ChildStatus.NONE).withStatusBasis(StatusBasis.UNDER_ASSESSMENT),
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF)
                        .withCircumstances(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT),
                Outcome.DISCRETION_REQUIRED, null, List.of("SCOPE-ADULT-TREATMENT", "WHO-CHILD-STATUS-NOT-SETTLED", "WHO-E2-PARENT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                RequiredAction.DECIDE_WHETHER_ABOUT_THE_CHILD));
        all.add(situation("The council decides the parent's complaint about their own treatment does concern the child",
                "Children Act 1989 s26(3)(b): representations about the council's functions \"in relation to the child\"",
                request(ComplainantRole.PARENT, child(4, ChildStatus.IN_NEED), LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF).withCircumstances(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT)
                        .withFindings(CouncilFindings.none().withConcernsTheChild(true)),
                Outcome.ELIGIBLE, null, List.of("SCOPE-ADULT-TREATMENT-ABOUT-THE-CHILD", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(situation("A grandparent without parental responsibility complains about contact",
                "Children Act 1989 s26(3)(e); SI 2006/1738 reg. 12; Ombudsman decision 24 019 922",
                grandparent(), Outcome.DISCRETION_REQUIRED, null, List.of("WHO-E5-SUFFICIENT-INTEREST", "REP-REG12-UNDECIDED", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME"),
                RequiredAction.DECIDE_SUFFICIENT_INTEREST));
        all.add(situation("The same grandparent, once the council finds a sufficient interest",
                "SI 2006/1738 reg. 12, and reg. 22(2)(d) on where stage 1 runs from",
                grandparent().withFindings(CouncilFindings.none().withSufficientInterest(Suitability.SUITABLE))
                        .withDates(ComplaintDates.of(Requests.RECEIVED, Requests.GROUNDS).withSufficientInterestDecided(DECIDED)),
                Outcome.ELIGIBLE, null, List.of("REP-REG12-FOUND", "WHO-E5-SUFFICIENT-INTEREST", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                RequiredAction.TELL_CHILD_OF_SUFFICIENT_INTEREST_DECISION));
        all.add(situation("A foster carer from an independent fostering agency complains about the child's placement plan",
                "Children Act 1989 s26(3)(d), as Norfolk's and Bury's procedures read it (the council's setting)",
                request(ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER, child(10, ChildStatus.LOOKED_AFTER),
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.QUALITY_OR_APPROPRIATENESS_OF_SERVICE),
                Outcome.ELIGIBLE, null, List.of("WHO-E4-AGENCY-CARER", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(situation("An advocate complains for a looked-after child who agrees",
                "Children Act 1989 s26A; Getting the Best from Complaints on representatives; Cheshire West and Chester's equality "
                        + "analysis (advocacy offered to every child)",
                forChild(RepresentativeKind.ADVOCATE, ChildViews.CONSENT_GIVEN, Suitability.SUITABLE, 13),
                Outcome.ELIGIBLE, null, List.of("REP-SUITABLE", "REP-CHILD-CONSENTS", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE",
                        "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"), RequiredAction.OFFER_ADVOCACY));
        all.add(situation("A parent writes \"on behalf of\" a 15-year-old who does not want the complaint made",
                "Children Act 1989 s26(3)(b); the Ombudsman's news of July 2019 (no child's consent for a parent's complaint)",
                forChild(RepresentativeKind.PARENT, ChildViews.CONSENT_REFUSED, Suitability.NOT_YET_DECIDED, 15),
                Outcome.ELIGIBLE, null, List.of("REP-LISTED-OWN-RIGHT", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD",
                        "REP-LISTED-CHILD-HEARD", "TIME-IN-TIME")));
        all.add(situation("An aunt acting for the child is found unsuitable as the child's representative",
                "Getting the Best from Complaints on representatives (as a council's page gives it); SI 2006/1738 reg. 12; Children "
                        + "Act 1989 s26A",
                forChild(RepresentativeKind.RELATIVE, ChildViews.CONSENT_GIVEN, Suitability.NOT_SUITABLE, 12),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE, List.of("REP-NOT-SUITABLE",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                RequiredAction.NOTIFY_REPRESENTATIVE_IN_WRITING, RequiredAction.OFFER_CHILD_OWN_COMPLAINT_WITH_ADVOCATE));
        all.add(withPolicy(situation("A relative complains for a pre-verbal child, at a council that asks for best interests",
                "Cheshire West and Chester's equality analysis (complaints on behalf of a pre-verbal child, in the child's best "
                        + "interests); the council's setting representativeWithoutChildsViews",
                forChild(RepresentativeKind.RELATIVE, ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE, 1),
                Outcome.DISCRETION_REQUIRED, null, List.of("REP-BEST-INTERESTS-UNDECIDED", "REP-SUITABLE", "WHO-E1-LOOKED-AFTER",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME")),
                "Cheshire West and Chester's policy of 2016-17 (LocalPolicyExamples.cheshireWestAndChester2016())", CHESHIRE_WEST));
        all.add(situation("A care leaver of 23 complains about their personal adviser",
                "Children Act 1989 s24D(1)(a), s23C, s23CZB; s26A",
                careLeaver(23, CareLeaverCategory.FORMER_RELEVANT_CHILD), Outcome.ELIGIBLE, null,
                List.of("WHO-E13-CATEGORY", "WHO-E13-CARE-LEAVER", "ACT-ADVOCACY-CARE-LEAVER", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                RequiredAction.OFFER_ADVOCACY));
        all.add(situation("A care leaver of 25 complains about a leaving-care grant",
                "Children Act 1989 s24D(1), s23D(1) (\"not the age of twenty-five\"), s23CZB",
                careLeaver(25, CareLeaverCategory.FORMER_RELEVANT_CHILD), Outcome.NOT_ELIGIBLE,
                AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, List.of("WHO-E13-OVER-AGE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME",
                        "WHO-E13-CATEGORY")));
        all.add(situation("A young person of 22, whose category nobody recorded, complains about leaving-care support",
                "Children Act 1989 s24D(1), s24(1A), (1B) (\"under twenty-one\"), s23CZB",
                careLeaver(22, null), Outcome.DISCRETION_REQUIRED, null, List.of("WHO-E13-CATEGORY-TO-ESTABLISH", "WHO-E13-CARE-LEAVER",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME", "WHO-E13-CATEGORY-NOT-RECORDED"),
                RequiredAction.ESTABLISH_CARE_LEAVER_CATEGORY));
        all.add(situation("A prospective adopter complains about delay in the agency's assessment of them",
                "Children Act 1989 s26(3B)(a); SI 2006/1738 reg. 4, as councils read the rest of its list (not seen); no particular "
                        + "child yet, so no child is entered",
                ComplaintRequest.of(ComplainantRole.PERSON_WISHING_TO_ADOPT, null, Representation.inOwnRight(),
                        Subject.of(LocalAuthorityFunction.PROSPECTIVE_ADOPTER_ASSESSMENT, Grievance.DELAY),
                        ComplaintDates.of(Requests.RECEIVED, Requests.GROUNDS)),
                Outcome.ELIGIBLE, null, List.of("WHO-E6-E7-ADOPTION", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(situation("An adopted adult complains about adoption support",
                "Children Act 1989 s26(3B)(a); Adoption and Children Act 2002 s3(1); SI 2006/1738 reg. 4(a)",
                ComplaintRequest.of(ComplainantRole.ADOPTED_PERSON, null, Representation.inOwnRight(),
                        Subject.of(LocalAuthorityFunction.ADOPTION_SUPPORT_SERVICES, Grievance.QUANTITY_FREQUENCY_CHANGE_OR_COST),
                        ComplaintDates.of(Requests.RECEIVED, Requests.GROUNDS)),
                Outcome.ELIGIBLE, null, List.of("WHO-E6-E7-ADOPTION", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(situation("A special guardian complains about the support plan",
                "Children Act 1989 s26(3C)(b), s14F; SI 2006/1738 reg. 5",
                request(ComplainantRole.SPECIAL_GUARDIAN, child(8, ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER),
                        LocalAuthorityFunction.SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES, Grievance.QUANTITY_FREQUENCY_CHANGE_OR_COST),
                Outcome.ELIGIBLE, null, List.of("WHO-E9-E10-SPECIAL-GUARDIANSHIP", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(situation("A parent complains about how staff behaved during a child protection enquiry",
                "Children Act 1989 s47; SI 2006/1738 reg. 3 (by omission); the Ombudsman's fact sheet",
                parentOfChildInNeed(LocalAuthorityFunction.CHILD_PROTECTION_ENQUIRY, Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, List.of("SCOPE-S47-ENQUIRY", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME")));
        all.add(situation("A parent disagrees with a child protection conference's decision to make a plan",
                "SI 2006/1738 reg. 3 (by omission); the Ombudsman's fact sheet",
                parentOfChildInNeed(LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.UNWELCOME_OR_DISPUTED_DECISION),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE, List.of("SCOPE-CP-CONFERENCE", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME")));
        all.add(situation("A parent disagrees with a conference's decision and complains of how staff behaved at it",
                "The Ombudsman's fact sheet; a conference's route is for its decisions only: enter two parts of one function",
                parentOfChildInNeed(LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.UNWELCOME_OR_DISPUTED_DECISION)
                        .withOtherParts(Subject.of(LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF)),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE, List.of("SCOPE-CP-CONFERENCE",
                        "SCOPE-CP-CONFERENCE-CONDUCT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(situation("A father complains about how a s7 report for the family court was written",
                "Children Act 1989 s7; the Ombudsman's fact sheet",
                parentOfChildInNeed(LocalAuthorityFunction.PRIVATE_LAW_WELFARE_REPORT, Grievance.QUALITY_OR_APPROPRIATENESS_OF_SERVICE),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, List.of("SCOPE-PRIVATE-LAW-REPORT", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME")));
        all.add(situation("A parent complains both of delay in Part 3 services and of staff conduct in a s47 enquiry",
                "The Ombudsman's fact sheet (\"the council should tell you how it will respond to the parts\")",
                parentOfChildInNeed(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY)
                        .withOtherParts(Subject.of(LocalAuthorityFunction.CHILD_PROTECTION_ENQUIRY, Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF)),
                Outcome.ELIGIBLE, null, List.of("WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"), RequiredAction.REFER_TO_ALTERNATIVE_ROUTE));
        all.add(situation("A complaint already dealt with at all three stages is made again",
                "Getting the Best from Complaints, as Gloucestershire's note to members gives it",
                parentOfChildInNeed(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.UNWELCOME_OR_DISPUTED_DECISION)
                        .withCircumstances(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES),
                Outcome.DISCRETION_REQUIRED, null, List.of("SCOPE-CONSIDERED-AT-THREE-STAGES", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME", "WHO-CHILD-ASSESSMENT-OF-NEED"), RequiredAction.DECIDE_WHETHER_TO_CONSIDER_AGAIN));
        all.add(situation("A parent complains while care proceedings about the child are running",
                "SI 2006/1738 reg. 8; Harrow's annual report for 2017/18",
                request(ComplainantRole.PARENT, child(3, ChildStatus.LOOKED_AFTER), LocalAuthorityFunction.CARE_OR_SUPERVISION_ORDER_APPLICATION,
                        Grievance.UNWELCOME_OR_DISPUTED_DECISION).withCircumstances(Circumstance.CONCURRENT_COURT_PROCEEDINGS),
                Outcome.DISCRETION_REQUIRED, null, List.of("PROC-CONCURRENT", "PROC-CONCURRENT-SUSPEND", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME"),
                RequiredAction.DECIDE_CONCURRENT_PROCEEDINGS));
        all.add(situation("A parent complains 18 months after the events",
                "SI 2006/1738 reg. 9; Getting the Best from Complaints on late complaints",
                parentOfChildInNeed(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY)
                        .withDates(ComplaintDates.of(Requests.RECEIVED, LocalDate.of(2025, 5, 1))),
                Outcome.DISCRETION_REQUIRED, null, List.of("TIME-LATE", "TIME-LATE-PRESUMPTION", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE"),
                RequiredAction.DECIDE_LATE_COMPLAINT));
        all.add(situation("A parent complains through their councillor, who has not yet shown the parent agrees",
                "Harrow's annual report for 2017/18 (enquiries from councillors and Members of Parliament); the Ombudsman's rule on complaints made for "
                        + "someone else (Local Government Act 1974 s26A)",
                parentOfChildInNeed(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELIVERY_OR_NON_DELIVERY_OF_SERVICES)
                        .withRepresentation(Representation.inOwnRight().withComplainantsRepresentative(RepresentativeKind.ELECTED_MEMBER, null)),
                Outcome.ELIGIBLE, null, List.of("REP-COMPLAINANTS-CONSENT-UNCONFIRMED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME",
                        "WHO-CHILD-ASSESSMENT-OF-NEED"),
                RequiredAction.CONFIRM_COMPLAINANTS_CONSENT));
        all.add(situation("A mother complains about her own adult social care package",
                "SI 2009/309 reg. 6(1)(a)",
                parentOfChildInNeed(LocalAuthorityFunction.ADULT_SOCIAL_CARE, Grievance.QUANTITY_FREQUENCY_CHANGE_OR_COST),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.ADULT_SOCIAL_CARE_PROCEDURE, List.of("SCOPE-ADULT-SOCIAL-CARE", "ACT-ACKNOWLEDGE",
                        "TIME-IN-TIME")));
        all.add(situation("A child living in a voluntary organisation's home complains about it",
                "SI 2006/1738 regs. 21 and 22",
                request(ComplainantRole.CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION, child(15, ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION),
                        LocalAuthorityFunction.VOLUNTARY_ORGANISATION_ACCOMMODATION, Grievance.QUALITY_OR_APPROPRIATENESS_OF_SERVICE),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.VOLUNTARY_ORGANISATION_PROCEDURE, List.of("WHO-E14-VOLUNTARY-ORGANISATION",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        all.add(withPolicy(situation("A phone call about a missed visit, put right the next day, at a council that does not count those",
                "SI 2009/309 reg. 8(1)(c) (adult regulations), as Cheshire West and Chester's annual report for 2016-17 applies it",
                parentOfChildInNeed(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELIVERY_OR_NON_DELIVERY_OF_SERVICES)
                        .withCircumstances(Circumstance.ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.INFORMAL_RESOLUTION, List.of("SCOPE-NEXT-DAY-EXCLUDED", "ACT-ACKNOWLEDGE", "TIME-IN-TIME",
                        "WHO-CHILD-ASSESSMENT-OF-NEED")),
                "Cheshire West and Chester's policy of 2016-17 (LocalPolicyExamples.cheshireWestAndChester2016())", CHESHIRE_WEST));
        all.add(situation("A neighbour complains about how the council supports a family next door",
                "Children Act 1989 s26(3), s24D (by omission)",
                request(ComplainantRole.NONE_OF_THESE, child(6, ChildStatus.IN_NEED), LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        Grievance.QUALITY_OR_APPROPRIATENESS_OF_SERVICE),
                Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, List.of("WHO-NONE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME")));
        return all;
    }

    private static EligibilityDecision assess(Situation situation) {
        return Requests.service(situation.policy()).assess(situation.request());
    }

    /** The fields a caseworker enters for the request, one line each; the defaults and the absent left out. */
    static List<String> fields(ComplaintRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add("`complainantRole`: `" + request.complainantRole() + "` (" + request.complainantRole().text() + ")");
        Child child = request.child();
        if (child == null) {
            lines.add("`child`: none (no particular child is concerned)");
        } else {
            StringBuilder line = new StringBuilder("`child`: statuses ").append(codes(child.statuses().stream().sorted().toList()))
                    .append(", age ").append(child.ageInYears()).append(", understanding `").append(child.understanding()).append('`');
            if (!child.statusBasis().isSettled()) {
                line.append(", statusBasis `").append(child.statusBasis()).append('`');
            }
            if (child.careLeaverCategory() != null) {
                line.append(", careLeaverCategory `").append(child.careLeaverCategory()).append('`');
            }
            lines.add(line.toString());
        }
        Representation representation = request.representation();
        if (representation.mode() == RepresentationMode.ON_BEHALF_OF_CHILD) {
            lines.add("`representation`: `ON_BEHALF_OF_CHILD`, representative `" + representation.representative() + "`, childViews `"
                    + representation.childViews() + "`, suitability `" + representation.suitability() + "`");
        } else {
            lines.add("`representation`: `" + representation.mode() + "`" + (representation.complainantsRepresentative() == null ? ""
                    : ", complainantsRepresentative `" + representation.complainantsRepresentative() + "`, complainantConsented "
                    + (representation.complainantConsented() == null ? "not yet asked (null)" : "`" + representation.complainantConsented() + "`")));
        }
        for (Subject part : request.parts()) {
            lines.add("`" + (part == request.subject() ? "subject" : "otherParts") + "`: function `" + part.function() + "` ("
                    + part.function().text() + "), grievances " + codes(part.grievances().stream().sorted().toList()));
        }
        lines.add("`dates`: received " + request.dates().received() + ", grounds arose " + request.dates().groundsArose()
                + (request.dates().sufficientInterestDecided() == null ? "" : ", sufficient interest decided "
                + request.dates().sufficientInterestDecided()));
        if (!request.circumstances().isEmpty()) {
            lines.add("`circumstances`: " + codes(request.circumstances().stream().sorted().toList()));
        }
        if (request.findings().sufficientInterest() != null) {
            lines.add("`findings`: sufficientInterest `" + request.findings().sufficientInterest() + "`");
        }
        return lines;
    }

    private static String codes(List<?> values) {
        return values.isEmpty() ? "none" : values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }

    static String markdown() {
        List<Situation> situations = situations();
        StringBuilder out = new StringBuilder()
                .append("# Entering a complaint: common situations\n\n")
                .append("Generated by `IntakeGuideTest`, which assesses every situation below and checks the answer shown before it\n")
                .append("writes this page: it fails when the page is stale. For each: where the situation comes from, the request\n")
                .append("fields to enter (anything not listed is absent, or the default), and what `EligibilityService.assess`\n")
                .append("answers. The JSON is what the `csc-rules` command and `CscRulesJson` read. Who may complain about what,\n")
                .append("in full, is [WHO-MAY-COMPLAIN.md](WHO-MAY-COMPLAIN.md); the provisions are in [LAW.md](LAW.md). The\n")
                .append("library's reading of the provisions, not legal advice.\n\n");
        for (int i = 0; i < situations.size(); i++) {
            out.append("- [").append(i + 1).append(". ").append(situations.get(i).title()).append("](#situation-").append(i + 1).append(")\n");
        }
        for (int i = 0; i < situations.size(); i++) {
            Situation situation = situations.get(i);
            EligibilityDecision decision = assess(situation);
            out.append("\n<a id=\"situation-").append(i + 1).append("\"></a>\n## ").append(i + 1).append(". ")
                    .append(situation.title()).append("\n\n")
                    .append("Source: ").append(situation.source()).append(". Policy: ").append(situation.policyName()).append(".\n\n")
                    .append("Enter:\n\n");
            fields(situation.request()).forEach(line -> out.append("- ").append(line).append('\n'));
            out.append("\nAnswer: **").append(decision.outcome()).append("**")
                    .append(decision.alternativeRoute() == null ? "" : ", route `" + decision.alternativeRoute() + "` ("
                            + decision.alternativeRoute().text() + ")").append(".\n\n")
                    .append("- reasons: ").append(decision.reasons().stream().map(r -> "`" + r.ruleId() + "` (" + r.citation().reference() + ")")
                            .collect(Collectors.joining("; "))).append('\n')
                    .append("- actions: ").append(codes(decision.actions())).append('\n');
            for (PartDecision part : decision.parts()) {
                out.append("- part `").append(part.subject().function()).append("`: **").append(part.outcome()).append("**")
                        .append(part.alternativeRoute() == null ? "" : ", route `" + part.alternativeRoute() + "`").append('\n');
            }
            out.append("\n<details><summary>The request as JSON</summary>\n\n```json\n")
                    .append(CscRulesJson.write(situation.request())).append("\n```\n\n</details>\n");
        }
        return out.toString();
    }

    @Test
    void everySituationGivesTheAnswerShown() {
        List<Situation> situations = situations();
        assertThat(situations).hasSizeGreaterThanOrEqualTo(20);
        for (Situation situation : situations) {
            EligibilityDecision decision = assess(situation);
            assertThat(decision.outcome()).as(situation.title()).isEqualTo(situation.outcome());
            assertThat(decision.alternativeRoute()).as(situation.title()).isEqualTo(situation.route());
            assertThat(decision.reasons()).extracting(Reason::ruleId).as(situation.title()).containsExactlyInAnyOrderElementsOf(situation.rules());
            assertThat(decision.actions()).as(situation.title()).containsAll(situation.actions());
        }
    }

    @Test
    void theCommittedIntakeGuideIsCurrent() throws IOException {
        CommittedFiles.assertCurrent("INTAKE.md", markdown());
    }
}
