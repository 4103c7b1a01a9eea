package org.cscrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cscrules.core.RequestValidator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.CouncilFindings;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests, one row each, with the exact violation paths they must produce. */
class RequestValidatorTest {

    private static final RequestValidator VALIDATOR = RequestValidator.create(SampleRequests.CLOCK);
    private static final ComplaintRequest PARENT = SampleRequests.parentOfChildInNeed();
    private static final ComplaintRequest GRANDPARENT = withRole(PARENT, ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD);

    private static ComplaintRequest withDates(ComplaintRequest request, UnaryOperator<ComplaintDates> change) {
        return request.withDates(change.apply(request.dates()));
    }

    private static ComplaintRequest withChild(ComplaintRequest request, Child child) {
        return request.withChild(child);
    }

    private static ComplaintRequest withRepresentation(ComplaintRequest request, Representation representation) {
        return request.withRepresentation(representation);
    }

    private static ComplaintRequest withRole(ComplaintRequest request, ComplainantRole role) {
        return request.withComplainantRole(role);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("nothing at all (absent circumstances and findings mean none)",
                        new ComplaintRequest(null, null, null, null, null, null, null, null),
                        List.of("child", "complainantRole", "dates", "representation", "subject")),
                Arguments.of("grounds arose after receipt (reg. 9 counts back from receipt)",
                        withDates(PARENT, d -> ComplaintDates.of(d.received(), d.received().plusDays(1))),
                        List.of("dates.groundsArose")),
                Arguments.of("received before SI 2006/1738 came into force (reg. 1)",
                        withDates(PARENT, d -> ComplaintDates.of(LocalDate.of(2006, 8, 31), LocalDate.of(2006, 8, 1))),
                        List.of("dates.received")),
                Arguments.of("received tomorrow, by the injected clock",
                        withDates(PARENT, d -> ComplaintDates.of(LocalDate.of(2026, 11, 24), d.groundsArose())),
                        List.of("dates.received")),
                Arguments.of("grounds before the calendar's range",
                        withDates(PARENT, d -> ComplaintDates.of(d.received(), LocalDate.of(1989, 12, 31))),
                        List.of("dates.groundsArose")),
                Arguments.of("learned of the grounds before they arose",
                        withDates(PARENT, d -> d.withLearnedOfGrounds(d.groundsArose().minusDays(1))),
                        List.of("dates.learnedOfGrounds")),
                Arguments.of("a reg. 12 decision before receipt, for a complainant who needs one",
                        withDates(GRANDPARENT.withFindings(CouncilFindings.none().withSufficientInterest(Suitability.SUITABLE)),
                                d -> d.withSufficientInterestDecided(d.received().minusDays(1))),
                        List.of("dates.sufficientInterestDecided")),
                Arguments.of("a reg. 12 finding for a parent, who complains as of right (s26(3)(b))",
                        PARENT.withFindings(CouncilFindings.none().withSufficientInterest(Suitability.SUITABLE))
                                .withDates(PARENT.dates().withSufficientInterestDecided(PARENT.dates().received())),
                        List.of("findings.sufficientInterest")),
                Arguments.of("a reg. 12 decision without its date",
                        GRANDPARENT.withFindings(CouncilFindings.none().withSufficientInterest(Suitability.NOT_SUITABLE)),
                        List.of("dates.sufficientInterestDecided")),
                Arguments.of("a complaint on a child's behalf under a parent's role",
                        withRepresentation(PARENT, Representation.onBehalfOfChild(RepresentativeKind.ADVOCATE,
                                ChildViews.CONSENT_GIVEN, Suitability.SUITABLE)),
                        List.of("complainantRole")),
                Arguments.of("a complaint relating to a child under the child's own role",
                        withRepresentation(SampleRequests.advocateForLookedAfterChild(), Representation.relatingToChild()),
                        List.of("complainantRole")),
                Arguments.of("best interests confirmed although the child gave consent (A21)",
                        withRepresentation(SampleRequests.advocateForLookedAfterChild(), Representation.onBehalfOfChild(
                                RepresentativeKind.ADVOCATE, ChildViews.CONSENT_GIVEN, Suitability.SUITABLE)
                                .withBestInterestsConfirmed(true)),
                        List.of("representation.bestInterestsConfirmed")),
                Arguments.of("a child complaining about their treatment as an adult",
                        SampleRequests.advocateForLookedAfterChild().withCircumstances(
                                org.cscrules.core.request.Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT),
                        List.of("circumstances")),
                Arguments.of("looked after and in need at once (IN_NEED means not looked after)",
                        withChild(PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.LOOKED_AFTER, ChildStatus.IN_NEED)),
                        List.of("child.statuses")),
                Arguments.of("a care leaver aged 9 (ss23A-24B: 16 to 25)",
                        withChild(withRole(PARENT, ComplainantRole.CARE_LEAVER),
                                Child.of(Understanding.SUFFICIENT, ChildStatus.CARE_LEAVER).withAge(9)),
                        List.of("child.ageInYears")),
                Arguments.of("a looked-after child aged 19 by date of birth (s105(1): under 18)",
                        withChild(PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED)
                                .withDateOfBirth(LocalDate.of(2007, 1, 1))),
                        List.of("child.dateOfBirth")),
                Arguments.of("on the child's behalf without naming the representative (statute.md §3.1)",
                        withRepresentation(SampleRequests.advocateForLookedAfterChild(),
                                new Representation(RepresentationMode.ON_BEHALF_OF_CHILD, null, null, null, null)),
                        List.of("representation.childViews", "representation.representative", "representation.suitability")),
                Arguments.of("in own right, yet naming a representative",
                        withRepresentation(PARENT, new Representation(RepresentationMode.IN_OWN_RIGHT,
                                RepresentativeKind.ADVOCATE, ChildViews.CONSENT_GIVEN, Suitability.SUITABLE, true)),
                        List.of("representation.bestInterestsConfirmed", "representation.childViews",
                                "representation.representative", "representation.suitability")),
                Arguments.of("no mode", withRepresentation(PARENT, new Representation(null, null, null, null, null)),
                        List.of("representation.mode")),
                Arguments.of("NONE combined with another status",
                        withChild(PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.NONE, ChildStatus.IN_NEED)),
                        List.of("child.statuses")),
                Arguments.of("no status at all", withChild(PARENT, Child.of(Understanding.SUFFICIENT)),
                        List.of("child.statuses")),
                Arguments.of("a null status", withChild(PARENT, new Child(new HashSet<>(Arrays.asList(ChildStatus.IN_NEED, null)),
                        null, null, Understanding.SUFFICIENT)), List.of("child.statuses[].<iterable element>")),
                Arguments.of("a child in need aged 26 (a child is under 18, s105(1))",
                        withChild(PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(26)),
                        List.of("child.ageInYears")),
                Arguments.of("born after the complaint was received",
                        withChild(PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withDateOfBirth(LocalDate.of(2026, 11, 3))),
                        List.of("child.dateOfBirth")),
                Arguments.of("age disagrees with the date of birth",
                        withChild(PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED)
                                .withDateOfBirth(LocalDate.of(2014, 11, 3)).withAge(13)),
                        List.of("child.ageInYears")),
                Arguments.of("a looked-after child complains about a child who is not looked after",
                        withRole(PARENT, ComplainantRole.CHILD_LOOKED_AFTER),
                        List.of("child.statuses")),
                Arguments.of("no function and a null grievance",
                        new ComplaintRequest(PARENT.complainantRole(), PARENT.child(), PARENT.representation(),
                                new Subject(null, new HashSet<>(Arrays.asList(Grievance.DELAY, null))), PARENT.dates(), Set.of(),
                                null, null),
                        List.of("subject.function", "subject.grievances[].<iterable element>")),
                Arguments.of("a null circumstance",
                        new ComplaintRequest(PARENT.complainantRole(), PARENT.child(), PARENT.representation(),
                                PARENT.subject(), PARENT.dates(), new HashSet<>(Arrays.asList((org.cscrules.core.request.Circumstance) null)),
                                null, null),
                        List.of("circumstances[].<iterable element>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void reportsExactlyTheExpectedPaths(String reading, ComplaintRequest request, List<String> expectedPaths) {
        assertThatThrownBy(() -> VALIDATOR.validate(request))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations())
                        .extracting(Violation::path)
                        .as(reading)
                        .containsExactlyElementsOf(expectedPaths));
        assertThat(org.cscrules.core.internal.validation.ModelValidator.createLightweight(SampleRequests.CLOCK).violations(request))
                .as("a lightweight validator (a replay's) finds the same, with the same clock").isEqualTo(VALIDATOR.violations(request));
    }

    @Test
    void anAdultAdoptedPersonBornBeforeTheCalendarIsValid() {
        ComplaintRequest adopted = ComplaintRequest.of(ComplainantRole.ADOPTED_PERSON,
                Child.of(Understanding.SUFFICIENT, ChildStatus.ADOPTION_RELATED).withDateOfBirth(LocalDate.of(1980, 3, 1)).withAge(46),
                Representation.inOwnRight(), org.cscrules.core.request.Subject.of(LocalAuthorityFunction.ADOPTION_SUPPORT_SERVICES),
                ComplaintDates.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 6, 1)));
        assertThat(VALIDATOR.violations(adopted)).isEmpty();
    }

    @Test
    void aGrandparentFoundToHaveSufficientInterestIsValid() {
        ComplaintRequest decided = GRANDPARENT.withFindings(CouncilFindings.none().withSufficientInterest(Suitability.SUITABLE))
                .withDates(GRANDPARENT.dates().withSufficientInterestDecided(LocalDate.of(2026, 11, 4)));
        assertThat(VALIDATOR.violations(decided)).isEmpty();
        assertThat(VALIDATOR.violations(GRANDPARENT)).isEmpty();
    }

    @Test
    void theSamplesAreValid() {
        assertThat(VALIDATOR.violations(SampleRequests.parentOfChildInNeed())).isEmpty();
        assertThat(VALIDATOR.violations(SampleRequests.advocateForLookedAfterChild())).isEmpty();
    }

    @Test
    void aNullRequestIsOneViolationOnTheRequestItself() {
        assertThatThrownBy(() -> VALIDATOR.validate(null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Invalid complaint request (1 violation): request: must not be null");
    }

    @Test
    void messagesAreReadableAndListedInTheExceptionMessage() {
        ComplaintRequest late = withDates(PARENT, d -> ComplaintDates.of(LocalDate.of(2006, 8, 31), LocalDate.of(2006, 9, 2)));
        assertThatThrownBy(() -> VALIDATOR.validate(late))
                .hasMessage("Invalid complaint request (2 violations): "
                        + "dates.groundsArose: must not be after the date received; "
                        + "dates.received: must be on or after 2006-09-01, when SI 2006/1738 came into force (reg. 1); "
                        + "an earlier complaint is not assessed under rules not then in force");
    }

    @Test
    void needsAClock() {
        assertThatThrownBy(() -> RequestValidator.create(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("clock must not be null");
    }
}
