package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.junit.jupiter.api.Test;

/**
 * The answers the legal review found wrong (W1, W3, W5, W7, W8, M4) stay right under every value of
 * every setting that touches them: a council's setting may extend what the law gives, never take
 * it away. One test per setting, trying each of its values; where no setting touches an answer, the
 * councils' example policies stand in for "any council".
 */
class NoSettingReproducesAWrongAnswerTest {

    private static EligibilityDecision assess(LocalPolicy policy, ComplaintRequest request) {
        return Requests.service(policy).assess(request);
    }

    private static ComplaintRequest careLeaver(int age) {
        ComplaintRequest request = Requests.of(ComplainantRole.CARE_LEAVER, LocalAuthorityFunction.LEAVING_CARE_SUPPORT,
                ChildStatus.CARE_LEAVER);
        return request.withChild(request.child().withAge(age).withCareLeaverCategory(CareLeaverCategory.FORMER_RELEVANT_CHILD));
    }

    /** Every value careLeaverLocalOfferAgeCeiling may take: none, and its bounds and all between. */
    private static List<OptionalInt> localOffers() {
        List<OptionalInt> values = new ArrayList<>(List.of(OptionalInt.empty()));
        IntStream.rangeClosed(CareLeaverCategory.latestEnd(), Child.MAX_AGE).forEach(v -> values.add(OptionalInt.of(v)));
        assertThat(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING.expected()).isEqualTo("a whole number from "
                + CareLeaverCategory.latestEnd() + " to " + Child.MAX_AGE + ", or none");
        return values;
    }

    /**
     * W3: no local offer brings a 25-year-old into the statutory procedure (a council hears them by
     * its own, with no statutory deadlines or advocacy duty), nor takes a 24-year-old out.
     */
    @Test
    void careLeaverLocalOfferAgeCeilingNeverMakesA25YearOldAStatutoryComplainantNorNarrowsTheStatute() {
        for (OptionalInt offer : localOffers()) {
            LocalPolicy policy = LocalPolicy.builder().careLeaverLocalOfferAgeCeiling(offer).build();
            EligibilityDecision at25 = assess(policy, careLeaver(25));
            assertThat(at25.outcome()).as("offer %s", offer).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(at25.alternativeRoute()).as("offer %s", offer).isIn(AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE,
                    AlternativeRoute.CARE_LEAVERS_LOCAL_OFFER);
            assertThat(at25.deadlines()).extracting(org.cscrules.core.timescale.Deadline::timescale)
                    .doesNotContain(org.cscrules.core.law.Timescale.T2_STAGE_1_RESPONSE);
            assertThat(at25.actions()).as("offer %s", offer).doesNotContain(org.cscrules.core.decision.RequiredAction.OFFER_ADVOCACY);
            assertThat(assess(policy, careLeaver(24)).outcome()).as("offer %s", offer).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    /** W5: neither report setting sends a complaint to the court; s47 never goes to a conference's route. */
    @Test
    void theReportSettingsNeverRouteAComplaintToTheCourt() {
        for (boolean publicLaw : new boolean[] {true, false}) {
            for (boolean privateLaw : new boolean[] {true, false}) {
                LocalPolicy policy = LocalPolicy.builder().publicLawCourtReportsInScope(publicLaw)
                        .privateLawCourtReportsInScope(privateLaw).build();
                for (LocalAuthorityFunction function : LocalAuthorityFunction.values()) {
                    for (Grievance grievance : Grievance.values()) {
                        EligibilityDecision decision = assess(policy, Requests.of(ComplainantRole.PARENT, function,
                                ChildStatus.IN_NEED).withSubject(Subject.of(function, grievance)));
                        assertThat(decision.alternativeRoute()).as("%s, %s", function, grievance).isNotEqualTo(routeToTheCourt());
                        if (function == LocalAuthorityFunction.CHILD_PROTECTION_ENQUIRY) {
                            assertThat(decision.alternativeRoute()).isEqualTo(AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static AlternativeRoute routeToTheCourt() {
        return AlternativeRoute.THE_COURT;
    }

    /**
     * W7: whatever the council's consent and best-interests settings, a parent, a person with
     * parental responsibility or a foster parent writing "on behalf of" the child is eligible in
     * their own right, whatever the child's views or the council's view of them as representative.
     */
    @Test
    void theConsentSettingsNeverTakeAListedPersonsOwnRightAway() {
        for (LocalPolicy.ChildConsent consent : LocalPolicy.ChildConsent.values()) {
            for (LocalPolicy.RepresentativeWithoutChildsViews withoutViews : LocalPolicy.RepresentativeWithoutChildsViews.values()) {
                LocalPolicy.Builder builder = LocalPolicy.builder().childConsent(consent).representativeWithoutChildsViews(withoutViews);
                LocalPolicy policy = (consent == LocalPolicy.ChildConsent.REQUIRED_FROM_AGE ? builder.childConsentAge(12) : builder).build();
                for (RepresentativeKind kind : List.of(RepresentativeKind.PARENT, RepresentativeKind.PARENTAL_RESPONSIBILITY_HOLDER,
                        RepresentativeKind.LOCAL_AUTHORITY_FOSTER_PARENT)) {
                    for (ChildViews views : ChildViews.values()) {
                        for (Suitability suitability : Suitability.values()) {
                            for (Boolean bestInterests : new Boolean[] {null, true, false}) {
                                Representation representation = Representation.onBehalfOfChild(kind, views, suitability);
                                if (views == ChildViews.CANNOT_BE_OBTAINED && bestInterests != null) {
                                    representation = representation.withBestInterestsConfirmed(bestInterests);
                                }
                                ComplaintRequest request = Requests.of(ComplainantRole.CHILD_LOOKED_AFTER,
                                        LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, ChildStatus.LOOKED_AFTER)
                                        .withRepresentation(representation);
                                assertThat(assess(policy, request).outcome()).as("%s, %s, %s, %s, %s, %s", consent, withoutViews,
                                        kind, views, suitability, bestInterests).isEqualTo(Outcome.ELIGIBLE);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The councils' example policies, and the defaults: "any council" where no setting touches an answer. */
    private static List<LocalPolicy> anyCouncil() {
        return List.of(LocalPolicy.statutoryDefaults(), LocalPolicyExamples.cheshireWestAndChester2016(),
                DifferentialProperties.POLICIES[2], DifferentialProperties.POLICIES[3]);
    }

    /** W1, W8: no council's policy refuses a complaint about the assessment of need, or about a parent's own treatment, outright. */
    @Test
    void noPolicyRefusesAComplaintAboutTheAssessmentOrAParentsOwnTreatment() {
        ComplaintRequest assessment = Requests.of(ComplainantRole.PARENT, LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE,
                ChildStatus.NONE);
        ComplaintRequest treatment = Requests.of(ComplainantRole.PARENT, LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
                ChildStatus.IN_NEED).withCircumstances(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT);
        for (LocalPolicy policy : anyCouncil()) {
            assertThat(assess(policy, assessment).outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(assess(policy, treatment).outcome()).isEqualTo(Outcome.DISCRETION_REQUIRED);
        }
    }

    /** M4: whether the council applies the adult Regulations' exclusions or not, a repeat complaint is its decision, never silent. */
    @Test
    void adultRepeatExclusionsAppliedNeverRefusesARepeatComplaintSilently() {
        for (boolean applied : new boolean[] {true, false}) {
            LocalPolicy policy = LocalPolicy.builder().adultRepeatExclusionsApplied(applied).build();
            for (Circumstance circumstance : List.of(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES, Circumstance.UNREASONABLY_PERSISTENT)) {
                EligibilityDecision decision = assess(policy, Requests.of(ComplainantRole.PARENT,
                        LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED).withCircumstances(circumstance));
                assertThat(decision.outcome()).as("%s, %s", applied, circumstance).isEqualTo(Outcome.DISCRETION_REQUIRED);
                assertThat(decision.actions()).contains(org.cscrules.core.decision.RequiredAction.DECIDE_WHETHER_TO_CONSIDER_AGAIN);
            }
        }
    }
}
