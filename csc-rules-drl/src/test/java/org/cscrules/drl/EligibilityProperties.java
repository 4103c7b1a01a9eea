package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Representation;
import org.cscrules.core.validation.InvalidRequestException;

/**
 * Laws of the eligibility rules over random valid requests (1,000 tries each; each try runs the
 * rules once or twice, about 20 microseconds apiece, so more would add time without new shapes).
 */
class EligibilityProperties {

    /** Each law holds under the statutory defaults and under seed 001's practice (consent required, best interests). */
    private static final EligibilityService STATUTORY = EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
    private static final EligibilityService SEED_001 = EligibilityService.create(
            org.cscrules.core.policy.LocalPolicyExamples.cheshireWestAndChester2016(), Requests.CLOCK);

    private static EligibilityService service(boolean seed001) {
        return seed001 ? SEED_001 : STATUTORY;
    }

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        return RandomRequests.valid();
    }

    @Property
    void theOrderOfRequestsInABatchNeverChangesADecision(@ForAll boolean seed001, @ForAll("batches") List<ComplaintRequest> batch, @ForAll long seed) {
        List<EligibilityDecision> inOrder = service(seed001).assessAll(batch);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            positions.add(i);
        }
        Collections.shuffle(positions, new Random(seed));
        List<ComplaintRequest> shuffled = positions.stream().map(batch::get).toList();
        List<EligibilityDecision> decisions = service(seed001).assessAll(shuffled);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(decisions.get(i)).isEqualTo(inOrder.get(positions.get(i)));
            assertThat(decisions.get(i)).isEqualTo(service(seed001).assess(shuffled.get(i)));
        }
    }

    @Provide
    Arbitrary<List<ComplaintRequest>> batches() {
        return RandomRequests.valid().list().ofMinSize(2).ofMaxSize(12);
    }

    @Property
    void aLaterReceiptNeverMakesAComplaintMoreEligible(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request,
                                                       @ForAll @IntRange(min = 1, max = 600) int daysLater) {
        ComplaintRequest later = request.withDates(new org.cscrules.core.request.ComplaintDates(
                request.dates().received().plusDays(daysLater), request.dates().groundsArose(),
                request.dates().learnedOfGrounds(), request.dates().sufficientInterestDecided() == null ? null
                        : request.dates().sufficientInterestDecided().plusDays(daysLater)));
        if (RandomRequests.VALIDATOR.violations(later).isEmpty()) {
            assertThat(service(seed001).assess(later).outcome()).isGreaterThanOrEqualTo(service(seed001).assess(request).outcome());
        }
    }

    @Property
    void concurrentProceedingsNeverMakeAComplaintMoreEligible(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request,
                                                              @ForAll @IntRange(max = 3) int which) {
        Set<Circumstance> more = EnumSet.noneOf(Circumstance.class);
        more.addAll(request.circumstances());
        more.add(RandomRequests.PROCEEDINGS.get(which));
        ComplaintRequest withProceedings = request.withCircumstances(more.toArray(Circumstance[]::new));
        Outcome before = service(seed001).assess(request).outcome();
        Outcome after = service(seed001).assess(withProceedings).outcome();
        assertThat(after).isGreaterThanOrEqualTo(before);
        if (withProceedings.findings().mightPrejudiceProceedings() == null) {
            // Until the council makes its reg. 8 decision, a complaint with concurrent proceedings waits for it.
            assertThat(after).isNotEqualTo(Outcome.ELIGIBLE);
        }
    }

    /** Valid complaints made on a child's behalf with the child's consent. */
    @Provide
    Arbitrary<ComplaintRequest> consentingOnBehalf() {
        return RandomRequests.valid().filter(r -> r.complainantRole().childsOwnStatus().isPresent())
                .flatMap(r -> net.jqwik.api.Arbitraries.of(org.cscrules.core.request.Suitability.class)
                        .map(suitability -> r.withRepresentation(Representation.onBehalfOfChild(
                                org.cscrules.core.request.RepresentativeKind.ADVOCATE, ChildViews.CONSENT_GIVEN, suitability))));
    }

    @Property
    void withdrawingTheChildsConsentNeverMakesAComplaintMoreEligible(@ForAll boolean seed001, @ForAll("consentingOnBehalf") ComplaintRequest request,
                                                                     @ForAll boolean refused) {
        Representation representation = request.representation();
        ComplaintRequest withdrawn = request.withRepresentation(Representation.onBehalfOfChild(representation.representative(),
                refused ? ChildViews.CONSENT_REFUSED : ChildViews.NOT_SOUGHT, representation.suitability()));
        assertThat(service(seed001).assess(withdrawn).outcome()).isGreaterThanOrEqualTo(service(seed001).assess(request).outcome());
    }

    @Property(tries = 2000)
    void anyRequestGivesADecisionOrAnInvalidRequestNeverAnotherException(@ForAll boolean seed001, @ForAll("anything") ComplaintRequest request) {
        Throwable thrown = catchThrowable(() -> service(seed001).assess(request));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        }
    }

    /** Valid requests, and the same with one part dropped or broken. */
    @Provide
    Arbitrary<ComplaintRequest> anything() {
        return RandomRequests.valid().flatMap(r -> net.jqwik.api.Arbitraries.of(r, r.withChild(null), r.withSubject(null),
                r.withDates(null), r.withComplainantRole(null), r.withRepresentation(Representation.relatingToChild()),
                r.withDates(org.cscrules.core.request.ComplaintDates.of(r.dates().groundsArose(), r.dates().received()))));
    }

    /** Valid complaints a parent, a person with parental responsibility or a foster parent makes "on behalf of" a child. */
    @Provide
    Arbitrary<ComplaintRequest> listedOnBehalf() {
        return RandomRequests.valid().filter(r -> r.representation().mode() == org.cscrules.core.request.RepresentationMode.ON_BEHALF_OF_CHILD)
                .flatMap(r -> net.jqwik.api.Arbitraries.of(org.cscrules.core.request.RepresentativeKind.PARENT,
                                org.cscrules.core.request.RepresentativeKind.PARENTAL_RESPONSIBILITY_HOLDER,
                                org.cscrules.core.request.RepresentativeKind.LOCAL_AUTHORITY_FOSTER_PARENT)
                        .map(kind -> r.withRepresentation(new Representation(r.representation().mode(), kind,
                                r.representation().childViews(), r.representation().suitability(),
                                r.representation().bestInterestsConfirmed()))))
                .filter(r -> r.representation().representative().ownRightFor(r.complainantRole()).isPresent());
    }

    /**
     * A listed person who writes "on behalf of" the child keeps their own right (Children Act 1989
     * s26(3)(b)-(d); legal review W7): never less eligible than the same person entered in their own
     * right, whatever the child's views, the council's view of them as representative, or its settings.
     */
    @Property
    void onBehalfOfNeverMakesAListedPersonLessEligibleThanTheirOwnRight(@ForAll boolean seed001,
                                                                         @ForAll("listedOnBehalf") ComplaintRequest onBehalf) {
        ComplaintRequest ownRight = onBehalf.withComplainantRole(onBehalf.representation().representative()
                        .ownRightFor(onBehalf.complainantRole()).orElseThrow())
                .withRepresentation(Representation.inOwnRight());
        net.jqwik.api.Assume.that(RandomRequests.VALIDATOR.violations(ownRight).isEmpty());
        assertThat(service(seed001).assess(onBehalf).outcome()).isLessThanOrEqualTo(service(seed001).assess(ownRight).outcome());
    }
}
