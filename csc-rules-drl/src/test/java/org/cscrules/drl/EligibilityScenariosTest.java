package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.drl.Requests.arose;
import static org.cscrules.drl.Requests.decided;
import static org.cscrules.drl.Requests.lateTest;
import static org.cscrules.drl.Requests.of;
import static org.cscrules.drl.Requests.onBehalf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.request.CareLeaverCategory;
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
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.StatusBasis;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.validation.InvalidRequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Scenarios from the statute and the seeds, one row per case, each naming the provision: who may
 * complain, about what, through whom, excluded matters, the time limit. A listener records every
 * rule that fires; after the table, every rule of the KieBase must have fired at least once.
 */
class EligibilityScenariosTest {

    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    private static final Map<LocalPolicy, DroolsEligibilityService> SERVICES = new ConcurrentHashMap<>();

    private static final LocalPolicy DEFAULTS = LocalPolicy.statutoryDefaults();
    private static final LocalPolicy SEED_001 = LocalPolicyExamples.cheshireWestAndChester2016();
    private static final ComplaintRequest GRANDPARENT = of(ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD,
            LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED);
    private static final LocalPolicy FROM_13 = DEFAULTS.toBuilder().childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE)
            .childConsentAge(13).build();
    private static final ComplaintRequest PARENT = of(ComplainantRole.PARENT,
            LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED);

    /** A service whose session records every rule that fires. */
    static DroolsEligibilityService service(LocalPolicy policy) {
        return SERVICES.computeIfAbsent(policy, p -> new DroolsEligibilityService(p, Requests.CLOCK,
                session -> session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        FIRED.add(event.getMatch().getRule().getMetaData().get("ruleId").toString());
                    }
                })));
    }

    /**
     * One case: its source, the request, the policy, and the answer: outcome, route and the exact set
     * of rules that give reasons, no more and no fewer. An id written with a leading {@code ?} fires
     * today, but whether it belongs in this answer is in question (the row's comment says why): the
     * row neither requires nor forbids it until that is decided, and every other id is exact.
     */
    private static Arguments row(String provision, ComplaintRequest request, LocalPolicy policy, Outcome outcome,
                                 AlternativeRoute route, String... rules) {
        return Arguments.of(provision, request, policy, outcome, route, List.of(rules));
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                // Who may complain (statute.md §2)
                row("s26(3)(a): a looked-after child about contact (reg. 3, s34)", of(ComplainantRole.CHILD_LOOKED_AFTER,
                        LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, ChildStatus.LOOKED_AFTER), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-E1-LOOKED-AFTER", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME", "ACT-ACKNOWLEDGE"),
                row("s26(3)(a): a disabled child in need about Part 3 services", of(ComplainantRole.CHILD_IN_NEED,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-E1-IN-NEED", "ACT-ADVOCACY-CHILD", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3)(b): a parent of a child in need (seed 001: most complainants)", PARENT, DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3)(b): a parent of a child neither looked after nor in need, settled, about delay", of(ComplainantRole.PARENT,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.NONE), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-NO-STANDING", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                // The child's status is a fact, not the council's say-so (s17(10); legal review W1)
                row("W1, LGSCO 23 013 837: a parent about the application of assessment criteria, child found not in need",
                        about(of(ComplainantRole.PARENT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.NONE),
                                LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.ELIGIBILITY_AND_ASSESSMENT_CRITERIA),
                        DEFAULTS, Outcome.ELIGIBLE, null, "WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, LGSCO 23 013 837: a parent about the s17 assessment's finding", of(ComplainantRole.PARENT,
                        LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE, ChildStatus.NONE), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, LGSCO 23 013 837: a parent about a refused Part 3 service, entered as Part 3 support", about(of(ComplainantRole.PARENT,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.NONE),
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.UNWELCOME_OR_DISPUTED_DECISION), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, s26(3)(a): a child about eligibility criteria applied to them, found not in need", about(of(ComplainantRole.CHILD_IN_NEED,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.NONE),
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.ELIGIBILITY_AND_ASSESSMENT_CRITERIA), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E1-IN-NEED",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("W1, s26(3)(c): a person with parental responsibility about a refused Part 3 service", of(
                        ComplainantRole.PARENTAL_RESPONSIBILITY_HOLDER, LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE,
                        ChildStatus.NONE), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E3-PARENTAL-RESPONSIBILITY",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, s26(3)(a): a child about the finding that they are not in need", of(ComplainantRole.CHILD_IN_NEED,
                        LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE, ChildStatus.NONE), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-E1-IN-NEED", "ACT-ADVOCACY-CHILD",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, s26(3)(e), reg. 12: a grandparent about the assessment, before the reg. 12 decision", of(
                        ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD, LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE,
                        ChildStatus.NONE), DEFAULTS, Outcome.DISCRETION_REQUIRED, null, "WHO-CHILD-ASSESSMENT-OF-NEED",
                        "WHO-E5-SUFFICIENT-INTEREST", "REP-REG12-UNDECIDED", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, s17(10)(c): a parent of a disabled child the council found not in need", of(ComplainantRole.PARENT,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.DISABLED), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-CHILD-DISABLED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, LGSCO 23 013 837: a parent whose child's status is disputed, about short breaks", status(of(
                        ComplainantRole.PARENT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.NONE),
                        StatusBasis.DISPUTED), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-CHILD-STATUS-NOT-SETTLED", "WHO-E2-PARENT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, s17(10): a parent of a child under assessment, about contact arrangements", status(of(
                        ComplainantRole.PARENT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.NONE),
                        StatusBasis.UNDER_ASSESSMENT), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-CHILD-STATUS-NOT-SETTLED", "WHO-E2-PARENT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W1, s17(10): a foster parent of a child only referred", status(of(
                        ComplainantRole.LOCAL_AUTHORITY_FOSTER_PARENT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        ChildStatus.NONE), StatusBasis.REFERRED), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-CHILD-STATUS-NOT-SETTLED",
                        "WHO-E4-FOSTER-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3): a parent about another council service, status disputed: still outside", status(about(PARENT,
                        LocalAuthorityFunction.OTHER_COUNCIL_FUNCTION, Grievance.DELAY), StatusBasis.DISPUTED), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-OTHER-FUNCTION",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3)(c): a person with parental responsibility", of(ComplainantRole.PARENTAL_RESPONSIBILITY_HOLDER,
                        LocalAuthorityFunction.EFFECT_OF_CARE_ORDER, ChildStatus.LOOKED_AFTER), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-E3-PARENTAL-RESPONSIBILITY", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3)(d): a local authority foster parent", of(ComplainantRole.LOCAL_AUTHORITY_FOSTER_PARENT,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.LOOKED_AFTER), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-E4-FOSTER-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A19: an agency foster carer, read as an LA foster parent (default)", of(
                        ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        ChildStatus.LOOKED_AFTER), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E4-AGENCY-CARER", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A19: an agency foster carer, where the council reads s26(3)(d) strictly", of(
                        ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        ChildStatus.LOOKED_AFTER), DEFAULTS.toBuilder().independentFosteringAgencyCarersAreFosterParents(false).build(),
                        Outcome.DISCRETION_REQUIRED, null, "WHO-E4-AGENCY-CARER-SUFFICIENT-INTEREST", "REP-REG12-UNDECIDED",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A19 strict, reg. 12: the agency carer found to have sufficient interest", decided(of(
                        ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        ChildStatus.LOOKED_AFTER), Suitability.SUITABLE),
                        DEFAULTS.toBuilder().independentFosteringAgencyCarersAreFosterParents(false).build(),
                        Outcome.ELIGIBLE, null, "WHO-E4-AGENCY-CARER-SUFFICIENT-INTEREST", "REP-REG12-FOUND", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3)(e), reg. 12: a grandparent before the sufficient-interest decision", GRANDPARENT, DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "WHO-E5-SUFFICIENT-INTEREST", "REP-REG12-UNDECIDED", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 12: a grandparent found to have sufficient interest", decided(GRANDPARENT, Suitability.SUITABLE), DEFAULTS,
                        Outcome.ELIGIBLE, null, "REP-REG12-FOUND", "WHO-E5-SUFFICIENT-INTEREST", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 12: a grandparent found without sufficient interest", decided(GRANDPARENT, Suitability.NOT_SUITABLE),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "REP-REG12-NOT-FOUND",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3B)(a), reg. 4: a person wishing to adopt, about placement", of(ComplainantRole.PERSON_WISHING_TO_ADOPT,
                        LocalAuthorityFunction.PLACEMENT_FOR_ADOPTION, ChildStatus.ADOPTION_RELATED), DEFAULTS,
                        Outcome.ELIGIBLE, null, "WHO-E6-E7-ADOPTION", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3B)(a), ACA 2002 s3(1) (found by the independent oracle): a parent of a child who is not one who may be adopted",
                        of(ComplainantRole.PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED, LocalAuthorityFunction.ADOPTION_SUPPORT_SERVICES,
                                ChildStatus.LOOKED_AFTER), DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE,
                        "WHO-NO-STANDING", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("statute.md §2.2: an adopter only for reg. 4 functions", of(ComplainantRole.PERSON_WISHING_TO_ADOPT,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.ADOPTION_RELATED), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-NO-STANDING", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3B)(b): sufficient interest in a child who may be adopted", decided(of(
                        ComplainantRole.SUFFICIENT_INTEREST_IN_ADOPTED_CHILD, LocalAuthorityFunction.ADOPTION_SUPPORT_SERVICES,
                        ChildStatus.ADOPTION_RELATED), Suitability.SUITABLE), DEFAULTS, Outcome.ELIGIBLE, null,
                        "WHO-E8-SUFFICIENT-INTEREST-ADOPTION", "REP-REG12-FOUND", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3C)(b), reg. 5: a special guardian about support", of(ComplainantRole.SPECIAL_GUARDIAN,
                        LocalAuthorityFunction.SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES, ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER),
                        DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E9-E10-SPECIAL-GUARDIANSHIP", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3C)(d), s14F(3)-(4): a relative who applied for a support assessment", of(
                        ComplainantRole.SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT, LocalAuthorityFunction.SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES,
                        ChildStatus.NONE), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E12-S14F-APPLICANT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3C)(b): a parent of a child not subject to a special guardianship order", of(
                        ComplainantRole.PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER, LocalAuthorityFunction.SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES,
                        ChildStatus.NONE), DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-NO-STANDING",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                // s26A(1)(a): advocacy is for representations under s24D, and a complaint about an emergency protection
                // order is not one, so no advocacy is owed under it (ACT-ADVOCACY-CARE-LEAVER once fired on the role alone).
                row("s24D: a care leaver about an emergency protection order (not ss23A-24B)", of(ComplainantRole.CARE_LEAVER,
                        LocalAuthorityFunction.EMERGENCY_PROTECTION_ORDER, ChildStatus.CARE_LEAVER), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-NO-STANDING",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME", "WHO-E13-CATEGORY-NOT-RECORDED"),
                row("GBC: a grandparent's complaint relating to the child, not on the child's behalf",
                        GRANDPARENT.withRepresentation(org.cscrules.core.request.Representation.relatingToChild()), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "REP-RELATES-TO-CHILD", "REP-REG12-UNDECIDED",
                        "WHO-E5-SUFFICIENT-INTEREST", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("statute.md §2.2: a special guardian only for reg. 5 support", of(ComplainantRole.SPECIAL_GUARDIAN,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-NO-STANDING",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3C)(c): sufficient interest in a special guardianship child", of(
                        ComplainantRole.SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD, LocalAuthorityFunction.SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES,
                        ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER), DEFAULTS, Outcome.DISCRETION_REQUIRED, null,
                        "WHO-E11-SUFFICIENT-INTEREST-SPECIAL-GUARDIANSHIP", "REP-REG12-UNDECIDED", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s24D, s26A: a care leaver of 20 about leaving-care support, category not recorded", of(ComplainantRole.CARE_LEAVER,
                        LocalAuthorityFunction.LEAVING_CARE_SUPPORT, ChildStatus.CARE_LEAVER), DEFAULTS, Outcome.ELIGIBLE, null,
                        "WHO-E13-CATEGORY-NOT-RECORDED", "WHO-E13-CARE-LEAVER", "ACT-ADVOCACY-CARE-LEAVER", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                // Care leavers' categories (Children Act 1989 s24D(1), s23C, s23CZB, s24(1A)-(1B); legal review W3)
                row("W3, s23D(1), s23CZB: a former relevant child of 25 is past the category", careLeaver(25,
                        CareLeaverCategory.FORMER_RELEVANT_CHILD), DEFAULTS, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-CATEGORY", "WHO-E13-OVER-AGE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s23C, s23CZB: a former relevant child of 24", careLeaver(24, CareLeaverCategory.FORMER_RELEVANT_CHILD),
                        DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E13-CATEGORY", "WHO-E13-CARE-LEAVER", "ACT-ADVOCACY-CARE-LEAVER",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W3, s24(1A), s24B: a person qualifying for advice and assistance, 21: helped with education or training?", careLeaver(21,
                        CareLeaverCategory.QUALIFYING_PERSON), DEFAULTS, Outcome.DISCRETION_REQUIRED, null,
                        "WHO-E13-CATEGORY-QUALIFYING-PERSON", "WHO-E13-QUALIFYING-PERSON-PAST-21",
                        "WHO-E13-CARE-LEAVER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME"),
                row("s24(1A): a person qualifying for advice and assistance, 20", careLeaver(20, CareLeaverCategory.QUALIFYING_PERSON),
                        DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E13-CATEGORY-QUALIFYING-PERSON", "WHO-E13-CARE-LEAVER",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME"),
                row("W3, s24, s24B: a person qualifying for advice and assistance, 25", careLeaver(25, CareLeaverCategory.QUALIFYING_PERSON),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-OVER-AGE",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME", "WHO-E13-CATEGORY-QUALIFYING-PERSON"),
                row("s24D(1) (\"their functions under this Part\"): a former relevant child about their placement at 17", careLeaver(19,
                        CareLeaverCategory.FORMER_RELEVANT_CHILD).withSubject(Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        Grievance.QUALITY_OR_APPROPRIATENESS_OF_SERVICE)), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E13-CARE-LEAVER",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME", "WHO-E13-CATEGORY"),
                row("s24D: a care leaver of 26 is answered, not refused as invalid", careLeaver(26, CareLeaverCategory.FORMER_RELEVANT_CHILD),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-OVER-AGE",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME", "WHO-E13-CATEGORY"),
                row("W3, s24B (as councils read it): helped with education or training, 24", careLeaver(24,
                        CareLeaverCategory.HELPED_WITH_EDUCATION_OR_TRAINING), DEFAULTS, Outcome.ELIGIBLE, null,
                        "WHO-E13-CATEGORY-EDUCATION", "WHO-E13-CARE-LEAVER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME"),
                row("W3, s24B (as councils read it): helped with education or training, 25", careLeaver(25,
                        CareLeaverCategory.HELPED_WITH_EDUCATION_OR_TRAINING), DEFAULTS, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-CATEGORY-EDUCATION", "WHO-E13-OVER-AGE",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s23A: a relevant child of 17", careLeaver(17, CareLeaverCategory.RELEVANT_CHILD), DEFAULTS, Outcome.ELIGIBLE,
                        null, "WHO-E13-CATEGORY", "WHO-E13-CARE-LEAVER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME"),
                row("W3, s24D: a care leaver of 25, category not recorded", careLeaver(25, null), DEFAULTS, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-CATEGORY-NOT-RECORDED", "WHO-E13-OVER-AGE",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s24(1A), s23CZB: a care leaver of 22, category not recorded", careLeaver(22, null), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "WHO-E13-CATEGORY-NOT-RECORDED", "WHO-E13-CATEGORY-TO-ESTABLISH",
                        "WHO-E13-CARE-LEAVER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME"),
                row("local offer: a council hearing care leavers to 25, a former relevant child of 25: its own procedure", careLeaver(25,
                        CareLeaverCategory.FORMER_RELEVANT_CHILD), DEFAULTS.toBuilder().careLeaverLocalOfferAgeCeiling(25).build(),
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CARE_LEAVERS_LOCAL_OFFER, "WHO-E13-CATEGORY", "WHO-E13-LOCAL-OFFER",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("local offer to 25: a care leaver of 22, category not recorded: the offer does not say whether s24D applies",
                        careLeaver(22, null), DEFAULTS.toBuilder().careLeaverLocalOfferAgeCeiling(25).build(), Outcome.DISCRETION_REQUIRED,
                        null, "WHO-E13-CATEGORY-NOT-RECORDED", "WHO-E13-CATEGORY-TO-ESTABLISH",
                        "WHO-E13-CARE-LEAVER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CARE-LEAVER", "TIME-IN-TIME"),
                row("local offer to 25: a former relevant child of 26 is past it", careLeaver(26, CareLeaverCategory.FORMER_RELEVANT_CHILD),
                        DEFAULTS.toBuilder().careLeaverLocalOfferAgeCeiling(25).build(), Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-OVER-AGE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME", "WHO-E13-CATEGORY"),
                row("local offer to 25: a former relevant child of 25 about an emergency protection order: not what the offer extends",
                        careLeaver(25, CareLeaverCategory.FORMER_RELEVANT_CHILD).withSubject(Subject.of(
                                LocalAuthorityFunction.EMERGENCY_PROTECTION_ORDER, Grievance.DELAY)),
                        DEFAULTS.toBuilder().careLeaverLocalOfferAgeCeiling(25).build(), Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-OVER-AGE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME", "WHO-E13-CATEGORY"),
                row("s24D: grounds before the 25th birthday, complaint received after it", careLeaverReceived(25,
                        LocalDate.of(2026, 11, 2)).withChild(careLeaver(25, CareLeaverCategory.FORMER_RELEVANT_CHILD).child()
                        .withDateOfBirth(LocalDate.of(2001, 10, 20)).withAge(25)), DEFAULTS, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-E13-OVER-AGE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME", "WHO-E13-CATEGORY"),
                row("reg. 21: a child accommodated by a voluntary organisation", of(
                        ComplainantRole.CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION, LocalAuthorityFunction.VOLUNTARY_ORGANISATION_ACCOMMODATION,
                        ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION), DEFAULTS, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.VOLUNTARY_ORGANISATION_PROCEDURE, "WHO-E14-VOLUNTARY-ORGANISATION", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("Part 5: representations about fostering limits", of(ComplainantRole.FOSTERING_LIMITS_REPRESENTATIONS,
                        LocalAuthorityFunction.FOSTERING_LIMITS, ChildStatus.LOOKED_AFTER), DEFAULTS, Outcome.ELIGIBLE, null,
                        "WHO-E15-FOSTERING-LIMITS", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26, s24D: a neighbour outside every category", of(ComplainantRole.NONE_OF_THESE,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "WHO-NONE", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                // What may be complained about (statute.md §4)
                row("W5, s47, LGSCO fact sheet: a parent about staff conduct in a child protection enquiry", about(PARENT,
                        LocalAuthorityFunction.CHILD_PROTECTION_ENQUIRY, Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-S47-ENQUIRY",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("LGSCO fact sheet: a parent about a child protection conference's decision", about(PARENT,
                        LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.UNWELCOME_OR_DISPUTED_DECISION), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE, "SCOPE-CP-CONFERENCE",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W5, LGSCO fact sheet: a parent about delay around a conference, not its decision", about(PARENT,
                        LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.DELAY), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-CP-CONFERENCE-CONDUCT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W5, s7, LGSCO fact sheet: a parent about how a private-law welfare report was prepared", about(PARENT,
                        LocalAuthorityFunction.PRIVATE_LAW_WELFARE_REPORT, Grievance.QUALITY_OR_APPROPRIATENESS_OF_SERVICE), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-PRIVATE-LAW-REPORT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A23: s7 reports where the council takes them in", PARENT.withSubject(
                        org.cscrules.core.request.Subject.of(LocalAuthorityFunction.PRIVATE_LAW_WELFARE_REPORT)),
                        DEFAULTS.toBuilder().privateLawCourtReportsInScope(true).build(), Outcome.ELIGIBLE, null,
                        "SCOPE-PRIVATE-LAW-REPORT-LOCAL", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("GBC: a parent about the accuracy of a public-law report to court", PARENT.withSubject(
                        org.cscrules.core.request.Subject.of(LocalAuthorityFunction.PUBLIC_LAW_COURT_REPORT)), DEFAULTS,
                        Outcome.ELIGIBLE, null, "SCOPE-PUBLIC-LAW-REPORT", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A23: public-law reports where the council keeps them out", PARENT.withSubject(
                        org.cscrules.core.request.Subject.of(LocalAuthorityFunction.PUBLIC_LAW_COURT_REPORT)),
                        DEFAULTS.toBuilder().publicLawCourtReportsInScope(false).build(), Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-PUBLIC-LAW-REPORT-LOCAL", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("Sch. 2 para. 12F: a prospective foster carer about the approval decision", about(of(
                        ComplainantRole.LOCAL_AUTHORITY_FOSTER_PARENT, LocalAuthorityFunction.FOSTER_CARER_OR_ADOPTER_APPROVAL,
                        ChildStatus.LOOKED_AFTER), LocalAuthorityFunction.FOSTER_CARER_OR_ADOPTER_APPROVAL,
                        Grievance.UNWELCOME_OR_DISPUTED_DECISION), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.INDEPENDENT_REVIEW_MECHANISM, "SCOPE-APPROVAL", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W5: an adopter about staff conduct during the assessment, not a qualifying determination", about(of(
                        ComplainantRole.PERSON_WISHING_TO_ADOPT, LocalAuthorityFunction.FOSTER_CARER_OR_ADOPTER_APPROVAL,
                        ChildStatus.ADOPTION_RELATED), LocalAuthorityFunction.FOSTER_CARER_OR_ADOPTER_APPROVAL,
                        Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-APPROVAL-CONDUCT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 21(a), s26(3)(a): a looked-after child about the voluntary organisation's home the council placed them in", of(
                        ComplainantRole.CHILD_LOOKED_AFTER, LocalAuthorityFunction.VOLUNTARY_ORGANISATION_ACCOMMODATION, ChildStatus.LOOKED_AFTER),
                        DEFAULTS, Outcome.ELIGIBLE, null, "SCOPE-VOLUNTARY-ORGANISATION-LOOKED-AFTER", "WHO-E1-LOOKED-AFTER",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("s26(3B)(a), reg. 4 (as councils read it): a prospective adopter about how the agency assessed them", of(
                        ComplainantRole.PERSON_WISHING_TO_ADOPT, LocalAuthorityFunction.PROSPECTIVE_ADOPTER_ASSESSMENT, ChildStatus.ADOPTION_RELATED)
                        .withChild(null), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E6-E7-ADOPTION", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("M7, SI 2009/309 reg. 6: a parent about their own adult social care", about(PARENT,
                        LocalAuthorityFunction.ADULT_SOCIAL_CARE, Grievance.DELAY), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.ADULT_SOCIAL_CARE_PROCEDURE, "SCOPE-ADULT-SOCIAL-CARE",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("corporate: a parent about another council service", PARENT.withSubject(
                        org.cscrules.core.request.Subject.of(LocalAuthorityFunction.OTHER_COUNCIL_FUNCTION)), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-OTHER-FUNCTION",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W8, s26(3)(b), LGSCO fact sheet: a parent about their own treatment during the child's assessment",
                        PARENT.withCircumstances(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "SCOPE-ADULT-TREATMENT", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("M4, GBC (Gloucestershire's summary): a complaint already dealt with at all three stages",
                        PARENT.withCircumstances(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "SCOPE-CONSIDERED-AT-THREE-STAGES", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W8, s26(3): the council decided the parent's own treatment concerns the child", PARENT.withCircumstances(
                        Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT).withFindings(CouncilFindings.none().withConcernsTheChild(true)),
                        DEFAULTS, Outcome.ELIGIBLE, null, "SCOPE-ADULT-TREATMENT-ABOUT-THE-CHILD", "WHO-E2-PARENT",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W8, s26(3): the council decided the parent's own treatment does not concern the child", PARENT.withCircumstances(
                        Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT).withFindings(CouncilFindings.none().withConcernsTheChild(false)),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, "SCOPE-ADULT-TREATMENT-NOT-ABOUT-THE-CHILD",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("M4, GBC: the council will consider a complaint dealt with at three stages again", PARENT.withCircumstances(
                        Circumstance.CONSIDERED_AT_ALL_THREE_STAGES).withFindings(CouncilFindings.none().withConsideredAgain(true)),
                        DEFAULTS, Outcome.ELIGIBLE, null, "SCOPE-CONSIDERED-AGAIN", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("M4, GBC: the council will not consider a persistent complainant's complaint again", PARENT.withCircumstances(
                        Circumstance.UNREASONABLY_PERSISTENT).withFindings(CouncilFindings.none().withConsideredAgain(false)),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN, "SCOPE-NOT-CONSIDERED-AGAIN",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("M4, GBC (Gloucestershire's summary): an unreasonably persistent complainant",
                        PARENT.withCircumstances(Circumstance.UNREASONABLY_PERSISTENT), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "SCOPE-UNREASONABLY-PERSISTENT", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A16: resolved by the next working day is still a children's complaint", PARENT.withCircumstances(
                        Circumstance.ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY), DEFAULTS, Outcome.ELIGIBLE, null,
                        "SCOPE-NEXT-DAY-NOT-EXCLUDED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("A16, seed 001: resolved by the next working day, not counted", PARENT.withCircumstances(
                        Circumstance.ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY), SEED_001, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.INFORMAL_RESOLUTION, "SCOPE-NEXT-DAY-EXCLUDED", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("§4.2, no children's equivalent of SI 2009/309 reg. 8(1)(d): already considered", PARENT.withCircumstances(
                        Circumstance.ALREADY_CONSIDERED), DEFAULTS, Outcome.ELIGIBLE, null, "SCOPE-ALREADY-CONSIDERED",
                        "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("§4.2, a council applying the adult rule: already considered", PARENT.withCircumstances(
                        Circumstance.ALREADY_CONSIDERED), DEFAULTS.toBuilder().adultRepeatExclusionsApplied(true).build(),
                        Outcome.DISCRETION_REQUIRED, null, "SCOPE-ALREADY-CONSIDERED-LOCAL", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("§4.2, no children's equivalent of SI 2009/309 reg. 8(1)(f): investigated by the Ombudsman", PARENT.withCircumstances(
                        Circumstance.INVESTIGATED_BY_OMBUDSMAN), DEFAULTS, Outcome.ELIGIBLE, null, "SCOPE-OMBUDSMAN-INVESTIGATED",
                        "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("§4.2, a council applying the adult rule: investigated by the Ombudsman", PARENT.withCircumstances(
                        Circumstance.INVESTIGATED_BY_OMBUDSMAN), DEFAULTS.toBuilder().adultRepeatExclusionsApplied(true).build(),
                        Outcome.DISCRETION_REQUIRED, null, "SCOPE-OMBUDSMAN-INVESTIGATED-LOCAL", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                // Reg. 8 and reg. 9 (statute.md §4.2, §5)
                row("reg. 8, A22: a complaint during care proceedings, suspended by default", PARENT.withCircumstances(
                        Circumstance.CONCURRENT_COURT_PROCEEDINGS), DEFAULTS, Outcome.DISCRETION_REQUIRED, null,
                        "PROC-CONCURRENT", "PROC-CONCURRENT-SUSPEND", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 8, A22: a council that declines complaints that might prejudice proceedings", PARENT.withCircumstances(
                        Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS),
                        DEFAULTS.toBuilder().concurrentProceedings(LocalPolicy.ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON).build(),
                        Outcome.DISCRETION_REQUIRED, null, "PROC-CONCURRENT", "PROC-CONCURRENT-DECLINE",
                        "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 8: the council decides considering the complaint would not prejudice the proceedings", PARENT.withCircumstances(
                        Circumstance.CONCURRENT_COURT_PROCEEDINGS).withFindings(CouncilFindings.none().withMightPrejudiceProceedings(false)),
                        DEFAULTS, Outcome.ELIGIBLE, null, "PROC-CONCURRENT-NO-PREJUDICE", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 8, A22: the council decides it might prejudice them, and suspends by default", PARENT.withCircumstances(
                        Circumstance.CONCURRENT_COURT_PROCEEDINGS).withFindings(CouncilFindings.none().withMightPrejudiceProceedings(true)),
                        DEFAULTS, Outcome.ELIGIBLE, null, "PROC-CONCURRENT-SUSPEND", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 8, A22: the council decides it might prejudice them, and its policy declines", PARENT.withCircumstances(
                        Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS).withFindings(CouncilFindings.none().withMightPrejudiceProceedings(true)),
                        DEFAULTS.toBuilder().concurrentProceedings(LocalPolicy.ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON).build(),
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN, "PROC-CONCURRENT-DECLINED",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("reg. 9, GBC 3.3.1: a complaint 18 months after the grounds arose", arose(PARENT, LocalDate.of(2025, 5, 1)), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "TIME-LATE", "TIME-LATE-PRESUMPTION", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE"),
                row("reg. 9, A15: a late complaint where the council does not apply the presumption", arose(PARENT, LocalDate.of(2025, 5, 1)),
                        DEFAULTS.toBuilder().lateComplaintPresumption(false).build(),
                        Outcome.DISCRETION_REQUIRED, null, "TIME-LATE", "TIME-LATE-NO-PRESUMPTION", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE"),
                row("reg. 9, A15: a late complaint the council accepts", lateTest(arose(PARENT, LocalDate.of(2025, 5, 1)), true, true),
                        DEFAULTS, Outcome.ELIGIBLE, null, "TIME-LATE-ACCEPTED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE"),
                row("reg. 9, A15: a late complaint the council declines", lateTest(arose(PARENT, LocalDate.of(2025, 5, 1)), false, true),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN, "TIME-LATE-REFUSED", "ACT-ACKNOWLEDGE"),
                row("A14: learned of the grounds late, where the council counts from knowledge",
                        arose(PARENT, LocalDate.of(2025, 5, 1)).withDates(
                                arose(PARENT, LocalDate.of(2025, 5, 1)).dates().withLearnedOfGrounds(LocalDate.of(2026, 6, 1))),
                        DEFAULTS.toBuilder().timeLimitTrigger(LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE).build(),
                        Outcome.ELIGIBLE, null, "TIME-IN-TIME", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE"),
                // Representatives (statute.md §3)
                row("GBC: an advocate for a looked-after child who agrees, found suitable",
                        onBehalf(ChildViews.CONSENT_GIVEN, Suitability.SUITABLE), DEFAULTS, Outcome.ELIGIBLE, null,
                        "REP-SUITABLE", "REP-CHILD-CONSENTS", "ACT-ADVOCACY-CHILD", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("GBC: suitability not yet decided", onBehalf(ChildViews.CONSENT_GIVEN, Suitability.NOT_YET_DECIDED), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "REP-SUITABILITY-UNDECIDED",
                        "REP-CHILD-CONSENTS", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("GBC, reg. 12: an advocate found unsuitable", onBehalf(ChildViews.CONSENT_GIVEN, Suitability.NOT_SUITABLE), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE, "REP-NOT-SUITABLE",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                // A listed person keeps their own right (s26(3)(b)-(d); legal review W7)
                row("W7, s26(3)(b), LGSCO news July 2019: a parent for a child of 15 who agrees, found unsuitable as representative",
                        listedFor(RepresentativeKind.PARENT, ChildViews.CONSENT_GIVEN, Suitability.NOT_SUITABLE, 15), DEFAULTS,
                        Outcome.ELIGIBLE, null, "REP-LISTED-OWN-RIGHT", "WHO-E1-LOOKED-AFTER",
                        "REP-CHILD-CONSENTS", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "REP-LISTED-CHILD-HEARD", "TIME-IN-TIME"),
                row("W7, s26(3)(b): a parent for a child of 15 who refuses the consent the council requires",
                        listedFor(RepresentativeKind.PARENT, ChildViews.CONSENT_REFUSED, Suitability.SUITABLE, 15), SEED_001,
                        Outcome.ELIGIBLE, null, "REP-LISTED-OWN-RIGHT",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "REP-LISTED-CHILD-HEARD", "TIME-IN-TIME"),
                row("W7, GBC (found by the independent oracle): a parent for a child whose views were not sought, at a council requiring consent",
                        listedFor(RepresentativeKind.PARENT, ChildViews.NOT_SOUGHT, Suitability.SUITABLE, 15), SEED_001,
                        Outcome.ELIGIBLE, null, "REP-LISTED-OWN-RIGHT", "REP-VIEWS-NOT-SOUGHT",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("W7, s26(3)(a), s26A: a parent found unsuitable as representative: the child heard in their own right",
                        listedFor(RepresentativeKind.PARENT, ChildViews.CONSENT_GIVEN, Suitability.NOT_SUITABLE, 15), DEFAULTS,
                        Outcome.ELIGIBLE, null, "REP-LISTED-OWN-RIGHT", "REP-LISTED-CHILD-HEARD",
                        "REP-CHILD-CONSENTS", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("W7, s26(3)(c): a person with parental responsibility, suitability not yet decided",
                        listedFor(RepresentativeKind.PARENTAL_RESPONSIBILITY_HOLDER, ChildViews.NOT_SOUGHT, Suitability.NOT_YET_DECIDED, 9),
                        DEFAULTS, Outcome.ELIGIBLE, null, "REP-LISTED-OWN-RIGHT", "REP-VIEWS-NOT-SOUGHT",
                        "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("W7, s26(3)(d): a foster parent for a pre-verbal child, best interests not confirmed",
                        listedFor(RepresentativeKind.LOCAL_AUTHORITY_FOSTER_PARENT, ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE, 1)
                                .withRepresentation(listedFor(RepresentativeKind.LOCAL_AUTHORITY_FOSTER_PARENT, ChildViews.CANNOT_BE_OBTAINED,
                                        Suitability.SUITABLE, 1).representation().withBestInterestsConfirmed(false)), SEED_001,
                        Outcome.ELIGIBLE, null, "REP-LISTED-OWN-RIGHT",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "REP-LISTED-CHILD-HEARD", "TIME-IN-TIME"),
                row("W7, GBC: a relative (not on the list) found unsuitable: notice, and the child's own complaint offered",
                        listedFor(RepresentativeKind.RELATIVE, ChildViews.CONSENT_GIVEN, Suitability.NOT_SUITABLE, 15), DEFAULTS,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE, "REP-NOT-SUITABLE",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                // An adult complainant's own representative (LGA 1974 s26A, as councils apply it)
                row("LGA 1974 s26A: a parent through a solicitor, consent confirmed", PARENT.withRepresentation(
                        Representation.inOwnRight().withComplainantsRepresentative(RepresentativeKind.LEGAL_REPRESENTATIVE, true)),
                        DEFAULTS, Outcome.ELIGIBLE, null, "REP-COMPLAINANTS-REPRESENTATIVE", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("LGA 1974 s26A: a parent through a councillor, consent not yet confirmed", PARENT.withRepresentation(
                        Representation.inOwnRight().withComplainantsRepresentative(RepresentativeKind.ELECTED_MEMBER, null)),
                        DEFAULTS, Outcome.ELIGIBLE, null, "REP-COMPLAINANTS-CONSENT-UNCONFIRMED", "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("LGA 1974 s26A: a friend the parent has not agreed to", PARENT.withRepresentation(
                        Representation.inOwnRight().withComplainantsRepresentative(RepresentativeKind.FRIEND, false)),
                        DEFAULTS, Outcome.DISCRETION_REQUIRED, null, "REP-COMPLAINANTS-CONSENT-REFUSED",
                        "WHO-E2-PARENT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3B)(a): a prospective adopter with no particular child yet", noChild(ComplainantRole.PERSON_WISHING_TO_ADOPT,
                        LocalAuthorityFunction.AGENCY_CONSIDERING_ADOPTION), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E6-E7-ADOPTION",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("s26(3B)(a): an adopted adult about adoption support, no child", noChild(ComplainantRole.ADOPTED_PERSON,
                        LocalAuthorityFunction.ADOPTION_SUPPORT_SERVICES), DEFAULTS, Outcome.ELIGIBLE, null, "WHO-E6-E7-ADOPTION",
                        "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("W5: a council approval decision and staff conduct, entered as two parts of one function", PARENT.withSubject(
                        Subject.of(LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.UNWELCOME_OR_DISPUTED_DECISION))
                        .withOtherParts(Subject.of(LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN, Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF)),
                        DEFAULTS, Outcome.NOT_ELIGIBLE, AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE, "SCOPE-CP-CONFERENCE",
                        "SCOPE-CP-CONFERENCE-CONDUCT", "ACT-ACKNOWLEDGE", "TIME-IN-TIME"),
                row("GBC: the child's views not yet sought", onBehalf(ChildViews.NOT_SOUGHT, Suitability.SUITABLE), DEFAULTS,
                        Outcome.ELIGIBLE, null, "REP-VIEWS-NOT-SOUGHT",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A20, seed 001: consent of a child of sufficient understanding not yet sought",
                        onBehalf(ChildViews.NOT_SOUGHT, Suitability.SUITABLE), SEED_001, Outcome.DISCRETION_REQUIRED, null,
                        "REP-CONSENT-NOT-SOUGHT", "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A20, seed 000: a council that requires every child's consent, not yet sought",
                        onBehalf(ChildViews.NOT_SOUGHT, Suitability.SUITABLE),
                        DEFAULTS.toBuilder().childConsent(LocalPolicy.ChildConsent.ALWAYS_REQUIRED).build(), Outcome.DISCRETION_REQUIRED, null,
                        "REP-CONSENT-NOT-SOUGHT", "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A20, Thurrock: consent from 13, a child of 12 whose views are not yet sought",
                        onBehalf(ChildViews.NOT_SOUGHT, Suitability.SUITABLE), FROM_13, Outcome.ELIGIBLE, null, "REP-VIEWS-NOT-SOUGHT",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A20, Thurrock: consent from 13, a child of 14 who refuses it",
                        onBehalf(ChildViews.CONSENT_REFUSED, Suitability.SUITABLE).withChild(
                                onBehalf(ChildViews.CONSENT_REFUSED, Suitability.SUITABLE).child().withAge(14)), FROM_13,
                        Outcome.NOT_ELIGIBLE, AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE, "REP-CONSENT-REFUSED-REQUIRED",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("GBC: the child does not agree", onBehalf(ChildViews.CONSENT_REFUSED, Suitability.SUITABLE), DEFAULTS,
                        Outcome.DISCRETION_REQUIRED, null, "REP-CONSENT-REFUSED",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A20, seed 001: the child refuses consent the council requires",
                        onBehalf(ChildViews.CONSENT_REFUSED, Suitability.SUITABLE), SEED_001, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE, "REP-CONSENT-REFUSED-REQUIRED",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("GBC: a pre-verbal child whose views cannot be obtained", onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE),
                        DEFAULTS, Outcome.ELIGIBLE, null, "REP-VIEWS-UNOBTAINABLE",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A21, seeds 000/001: best interests not yet decided", onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE),
                        SEED_001, Outcome.DISCRETION_REQUIRED, null, "REP-BEST-INTERESTS-UNDECIDED",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A21, seeds 000/001: best interests confirmed", onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE)
                        .withRepresentation(onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE).representation()
                                .withBestInterestsConfirmed(true)), SEED_001, Outcome.ELIGIBLE, null, "REP-BEST-INTERESTS-CONFIRMED",
                        "REP-SUITABLE", "WHO-E1-LOOKED-AFTER", "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"),
                row("A21, seeds 000/001: best interests not confirmed", onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE)
                        .withRepresentation(onBehalf(ChildViews.CANNOT_BE_OBTAINED, Suitability.SUITABLE).representation()
                                .withBestInterestsConfirmed(false)), SEED_001, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE, "REP-BEST-INTERESTS-REFUSED",
                        "ACT-ACKNOWLEDGE", "ACT-ADVOCACY-CHILD", "TIME-IN-TIME"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String provision, ComplaintRequest request, LocalPolicy policy, Outcome outcome, AlternativeRoute route,
                  List<String> rules) {
        EligibilityDecision decision = service(policy).assess(request);
        assertThat(decision.outcome()).as(provision).isEqualTo(outcome);
        assertThat(decision.alternativeRoute()).as(provision).isEqualTo(route);
        List<String> ids = decision.reasons().stream().map(Reason::ruleId).toList();
        assertThat(ids).as(provision).doesNotHaveDuplicates();
        assertThat(ids).as(provision + ": the rules that give reasons").containsExactlyInAnyOrderElementsOf(rules);
        if (outcome == Outcome.NOT_ELIGIBLE) {
            assertThat(decision.actions()).contains(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE,
                    RequiredAction.TELL_COMPLAINANT_ABOUT_OMBUDSMAN);
            assertThat(decision.deadlines()).extracting(Deadline::timescale).doesNotContain(Timescale.T2_STAGE_1_RESPONSE);
        }
    }

    /** A care leaver of {@code age} and {@code category} (null: not recorded) about leaving-care support. */
    private static ComplaintRequest careLeaver(int age, CareLeaverCategory category) {
        ComplaintRequest request = of(ComplainantRole.CARE_LEAVER, LocalAuthorityFunction.LEAVING_CARE_SUPPORT, ChildStatus.CARE_LEAVER);
        return request.withChild(request.child().withAge(age).withCareLeaverCategory(category));
    }

    /** This request about {@code function}, raising only {@code grievance}. */
    private static ComplaintRequest about(ComplaintRequest request, LocalAuthorityFunction function, Grievance grievance) {
        return request.withSubject(Subject.of(function, grievance));
    }

    /** This request with the child's statuses established as {@code basis}. */
    private static ComplaintRequest status(ComplaintRequest request, StatusBasis basis) {
        return request.withChild(request.child().withStatusBasis(basis));
    }

    /** A {@code kind} acting for a looked-after child of {@code age} about contact. */
    private static ComplaintRequest listedFor(RepresentativeKind kind, ChildViews views, Suitability suitability, int age) {
        ComplaintRequest request = of(ComplainantRole.CHILD_LOOKED_AFTER, LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE,
                ChildStatus.LOOKED_AFTER);
        return request.withChild(request.child().withAge(age))
                .withRepresentation(Representation.onBehalfOfChild(kind, views, suitability));
    }

    /** A complaint by {@code role} about {@code function} that concerns no particular child. */
    private static ComplaintRequest noChild(ComplainantRole role, LocalAuthorityFunction function) {
        return of(role, function, ChildStatus.ADOPTION_RELATED).withChild(null);
    }

    /** A care leaver of {@code age} about leaving-care support, received on {@code received} about grounds a month before. */
    private static ComplaintRequest careLeaverReceived(int age, LocalDate received) {
        ComplaintRequest request = of(ComplainantRole.CARE_LEAVER, LocalAuthorityFunction.LEAVING_CARE_SUPPORT, ChildStatus.CARE_LEAVER);
        return request.withChild(request.child().withAge(age)).withDates(ComplaintDates.of(received, received.minusMonths(1)));
    }

    /** The reason states the reading: the age on the day received decides, whatever the grounds' date. */
    @Test
    void anOverAgeCareLeaverIsToldTheAgeOnTheDayReceivedDecides() {
        EligibilityDecision decision = service(DEFAULTS).assess(careLeaver(25, CareLeaverCategory.FORMER_RELEVANT_CHILD));
        assertThat(decision.reasons()).filteredOn(r -> r.ruleId().equals("WHO-E13-OVER-AGE")).extracting(Reason::text).containsExactly(
                "The young person was 25 on the day the complaint was received, past the category of a former relevant child, "
                        + "which ends at 25: s24D covers representations made by a person within its categories, so the age on that "
                        + "day decides, even where the grounds arose before that birthday.");
        assertThat(decision.actions()).doesNotContain(RequiredAction.OFFER_ADVOCACY);
    }

    @Test
    void aComplaintReceivedBeforeTheRegulationsIsRefusedWithTheRegulationNamed() {
        ComplaintRequest request = PARENT.withDates(ComplaintDates.of(LocalDate.of(2006, 8, 31), LocalDate.of(2006, 8, 1)));
        assertThatThrownBy(() -> service(DEFAULTS).assess(request))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + ": " + v.message())
                        .containsExactly("dates.received: must be on or after 2006-09-01, when SI 2006/1738 came into force "
                                + "(reg. 1); an earlier complaint is not assessed under rules not then in force"));
    }

    @Test
    void anAdultAdoptedPersonIsNotOfferedAChildsAdvocate() {
        EligibilityDecision decision = service(DEFAULTS).assess(of(ComplainantRole.ADOPTED_PERSON,
                LocalAuthorityFunction.ADOPTION_SUPPORT_SERVICES, ChildStatus.ADOPTION_RELATED));
        assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("WHO-E6-E7-ADOPTION", "ACT-ACKNOWLEDGE",
                "TIME-IN-TIME");
        assertThat(decision.actions()).doesNotContain(RequiredAction.OFFER_ADVOCACY);
    }

    @Test
    void anOverAgeCareLeaverHasOneReasonAndNoAdvocacyOrMootDecisions() {
        ComplaintRequest request = of(ComplainantRole.CARE_LEAVER, LocalAuthorityFunction.LEAVING_CARE_SUPPORT, ChildStatus.CARE_LEAVER);
        EligibilityDecision decision = service(DEFAULTS)
                .assess(arose(request.withChild(request.child().withAge(25).withCareLeaverCategory(CareLeaverCategory.FORMER_RELEVANT_CHILD)),
                        LocalDate.of(2025, 1, 1)));
        assertThat(decision.reasons()).filteredOn(r -> r.effect() == org.cscrules.core.decision.Effect.NOT_ELIGIBLE).extracting(Reason::ruleId)
                .containsExactly("WHO-E13-OVER-AGE");
        assertThat(decision.actions()).doesNotContain(RequiredAction.OFFER_ADVOCACY, RequiredAction.DECIDE_LATE_COMPLAINT);
    }

    @Test
    void theTimeLimitDeadlineFollowsTheCouncilsReadingOfWhereItRunsFrom() {
        ComplaintRequest request = arose(PARENT, LocalDate.of(2025, 5, 1));
        request = request.withDates(request.dates().withLearnedOfGrounds(LocalDate.of(2026, 6, 1)));
        EligibilityDecision fromKnowledge = service(DEFAULTS.toBuilder()
                .timeLimitTrigger(LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE).build()).assess(request);
        assertThat(fromKnowledge.deadlines()).filteredOn(d -> d.timescale() == Timescale.T14_COMPLAINT_TIME_LIMIT)
                .extracting(Deadline::due).containsExactly(LocalDate.of(2027, 6, 1));
        assertThat(fromKnowledge.reasons()).filteredOn(r -> r.ruleId().equals("TIME-IN-TIME")).extracting(Reason::text)
                .containsExactly("The complaint was made within one year of the complainant learning of the grounds (the council's reading).");
        EligibilityDecision fromGrounds = service(DEFAULTS).assess(request);
        assertThat(fromGrounds.deadlines()).filteredOn(d -> d.timescale() == Timescale.T14_COMPLAINT_TIME_LIMIT)
                .extracting(Deadline::due).containsExactly(LocalDate.of(2026, 5, 1));
    }

    /**
     * WHO-NO-STANDING must run after every standing rule: it is the one rule in the closed-world
     * agenda group, which fires once the others have; no rule depends on salience.
     */
    @Test
    void theNoStandingRuleRunsLast() {
        RuleSource.assertOnlyTheClosedWorldRuleIsGrouped("rules", RuleBase.eligibility().rules().stream()
                .map(r -> r.getMetaData().get("ruleId").toString()).toList(), "WHO-NO-STANDING");
    }

    @Test
    void aParentOfAChildInNeedGetsTheStage1Deadlines() {
        EligibilityDecision decision = service(DEFAULTS).assess(PARENT);
        assertThat(decision.deadlines()).extracting(Deadline::timescale, Deadline::kind, Deadline::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Timescale.T0_ACKNOWLEDGEMENT, Deadline.Kind.DUE, LocalDate.of(2026, 11, 5)),
                org.assertj.core.groups.Tuple.tuple(Timescale.T2_STAGE_1_RESPONSE, Deadline.Kind.DUE, LocalDate.of(2026, 11, 16)),
                org.assertj.core.groups.Tuple.tuple(Timescale.T2_STAGE_1_RESPONSE, Deadline.Kind.LATEST_IF_EXTENDED, LocalDate.of(2026, 11, 30)),
                org.assertj.core.groups.Tuple.tuple(Timescale.T14_COMPLAINT_TIME_LIMIT, Deadline.Kind.DUE, LocalDate.of(2027, 9, 14)));
    }

    /** The first example of docs/GUIDE.md, exactly as shown there. */
    @Test
    void theReadmeExample() {
        EligibilityDecision decision = service(DEFAULTS).assess(ComplaintRequest.of(
                ComplainantRole.PARENT,
                org.cscrules.core.request.Child.of(org.cscrules.core.request.Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12),
                org.cscrules.core.request.Representation.inOwnRight(),
                org.cscrules.core.request.Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                        org.cscrules.core.request.Grievance.DELAY),
                org.cscrules.core.request.ComplaintDates.of(LocalDate.of(2022, 9, 12), LocalDate.of(2022, 8, 1))));
        assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("WHO-E2-PARENT", "ACT-ACKNOWLEDGE",
                "TIME-IN-TIME");
        assertThat(decision.deadlines()).extracting(Deadline::due).startsWith(LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 27),
                LocalDate.of(2022, 10, 11));
    }

    @Test
    void aDiscretionaryComplainantsStage1ClockStartsAtTheReg12Decision() {
        EligibilityDecision waiting = service(DEFAULTS).assess(GRANDPARENT);
        assertThat(waiting.deadlines()).extracting(Deadline::timescale).doesNotContain(Timescale.T2_STAGE_1_RESPONSE);
        EligibilityDecision decided = service(DEFAULTS).assess(decided(GRANDPARENT, Suitability.SUITABLE));
        assertThat(decided.deadlines()).filteredOn(d -> d.timescale() == Timescale.T2_STAGE_1_RESPONSE)
                .extracting(Deadline::trigger).containsOnly(LocalDate.of(2026, 11, 4));
    }

    /**
     * M5, the Ombudsman's fact sheet ("the council should tell you how it will respond to the
     * parts"): a complaint partly in scope is decided part by part; the statutory part goes on, with
     * its deadlines, and the complainant is told where the other part goes.
     */
    @Test
    void aComplaintPartlyInScopeIsDecidedPartByPart() {
        ComplaintRequest request = PARENT.withOtherParts(Subject.of(LocalAuthorityFunction.CHILD_PROTECTION_ENQUIRY,
                Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF));
        EligibilityDecision decision = service(DEFAULTS).assess(request);
        assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decision.alternativeRoute()).isNull();
        assertThat(decision.parts()).extracting(part -> part.subject().function(), org.cscrules.core.decision.PartDecision::outcome,
                org.cscrules.core.decision.PartDecision::alternativeRoute).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Outcome.ELIGIBLE, null),
                org.assertj.core.groups.Tuple.tuple(LocalAuthorityFunction.CHILD_PROTECTION_ENQUIRY, Outcome.NOT_ELIGIBLE,
                        AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE));
        assertThat(decision.parts().get(0).reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("WHO-E2-PARENT",
                "ACT-ACKNOWLEDGE", "TIME-IN-TIME");
        assertThat(decision.parts().get(1).reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("SCOPE-S47-ENQUIRY",
                "ACT-ACKNOWLEDGE", "TIME-IN-TIME");
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("WHO-E2-PARENT", "ACT-ACKNOWLEDGE",
                "TIME-IN-TIME");
        assertThat(decision.actions()).contains(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE, RequiredAction.TELL_COMPLAINANT_ABOUT_OMBUDSMAN);
        assertThat(decision.deadlines()).isEqualTo(service(DEFAULTS).assess(PARENT).deadlines());
        assertThat(service(DEFAULTS).assessAll(List.of(request, PARENT))).containsExactly(decision, service(DEFAULTS).assess(PARENT));
    }

    /** M5: where no part is in scope, the decision is the parts' joint refusal, naming the most specific route. */
    @Test
    void aComplaintWithNoPartInScopeNamesTheMostSpecificRoute() {
        ComplaintRequest request = PARENT.withSubject(Subject.of(LocalAuthorityFunction.OTHER_COUNCIL_FUNCTION, Grievance.DELAY))
                .withOtherParts(Subject.of(LocalAuthorityFunction.CHILD_PROTECTION_CONFERENCE_OR_PLAN,
                        Grievance.UNWELCOME_OR_DISPUTED_DECISION));
        EligibilityDecision decision = service(DEFAULTS).assess(request);
        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(decision.alternativeRoute()).isEqualTo(AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE);
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("SCOPE-OTHER-FUNCTION", "SCOPE-CP-CONFERENCE",
                "ACT-ACKNOWLEDGE", "TIME-IN-TIME");
        assertThat(decision.deadlines()).extracting(Deadline::timescale).doesNotContain(Timescale.T2_STAGE_1_RESPONSE);
        assertThat(service(DEFAULTS).assess(PARENT).parts()).as("a complaint of one part, as 0.1.0 wrote it, has no parts").isEmpty();
    }

    /** M5: no two parts are the same; two parts about one function differ in their grievances. */
    @Test
    void twoIdenticalPartsAreRefusedWithThePath() {
        ComplaintRequest request = PARENT.withOtherParts(PARENT.subject());
        assertThatThrownBy(() -> service(DEFAULTS).assess(request)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path() + ": " + v.message()).containsExactly(
                        "otherParts[0]: must differ from every other part (a part is a function and its grievances: parts about one "
                                + "function differ in their grievances)"));
    }

    /** Every rule fired in some scenario: the whole table run by the gate itself, so that any one test passes alone. */
    @AfterAll
    static void everyRuleFiredInSomeScenario() throws ReflectiveOperationException {
        WholeTable.run(EligibilityScenariosTest.class, "scenario", scenarios());
        Set<String> all = RuleBase.eligibility().rules().stream()
                .map(r -> r.getMetaData().get("ruleId").toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> dead = new TreeSet<>(all);
        dead.removeAll(FIRED);
        assertThat(dead).as("rules that no scenario fires (dead rules)").isEmpty();
        assertThat(all).hasSizeGreaterThan(40);
    }
}
