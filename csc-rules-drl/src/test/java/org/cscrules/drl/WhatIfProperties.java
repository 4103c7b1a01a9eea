package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.Alternative;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.OpenFact;

/**
 * The laws of a decision's alternatives ({@code assessWithAlternatives}), over random valid
 * requests, under the statutory defaults and seed 001's practice: each alternative is what its
 * changes give; only open facts change, and nothing else of the request; no listed set of changes
 * contains another with the same outcome; and a request with nothing open has none.
 */
class WhatIfProperties {

    private static final EligibilityService STATUTORY = Requests.service(LocalPolicy.statutoryDefaults());

    /** The service under the statutory defaults, or under seed 001's practice (consent required, best interests). */
    private static EligibilityService service(boolean seed001) {
        return seed001 ? Requests.service(org.cscrules.core.policy.LocalPolicyExamples.cheshireWestAndChester2016()) : STATUTORY;
    }

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        return RandomRequests.valid();
    }

    /** The decision itself is the one assess gives: asking for alternatives changes no answer. */
    @Property(tries = 300)
    void theDecisionIsTheOneAssessGives(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request) {
        EligibilityDecision decision = service(seed001).assessWithAlternatives(request);
        assertThat(decision.withAlternatives(List.of())).isEqualTo(service(seed001).assess(request));
    }

    /** Every listed alternative, applied to the request and assessed, gives exactly the outcome and route it claims. */
    @Property(tries = 300)
    void everyAlternativeGivesTheOutcomeItClaims(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request) {
        EligibilityDecision decision = service(seed001).assessWithAlternatives(request);
        for (Alternative alternative : decision.alternatives()) {
            EligibilityDecision again = service(seed001).assess(alternative.applyTo(request, decision.provenance().asAtDate()));
            assertThat(again.outcome()).as(alternative.text()).isEqualTo(alternative.outcome()).isNotEqualTo(decision.outcome());
            assertThat(again.alternativeRoute()).as(alternative.text()).isEqualTo(alternative.alternativeRoute());
            assertThat(again.reasons()).as(alternative.text()).containsAll(alternative.reasons());
        }
    }

    /**
     * No alternative changes a fact outside the open list: its facts are open in the request, and
     * undoing what each fact may change gives back the request itself.
     */
    @Property(tries = 300)
    void noAlternativeChangesAFactThatIsNotOpen(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request) {
        EligibilityDecision decision = service(seed001).assessWithAlternatives(request);
        List<OpenFact> open = OpenFact.openIn(request);
        for (Alternative alternative : decision.alternatives()) {
            assertThat(open).as(alternative.text()).containsAll(alternative.changes().stream().map(Alternative.Change::fact).toList());
            ComplaintRequest changed = alternative.applyTo(request, decision.provenance().asAtDate());
            assertThat(changed.complainantRole()).isEqualTo(request.complainantRole());
            assertThat(changed.subject()).isEqualTo(request.subject());
            assertThat(changed.otherParts()).isEqualTo(request.otherParts());
            assertThat(changed.circumstances()).isEqualTo(request.circumstances());
            assertThat(changed.reporting()).isEqualTo(request.reporting());
            assertThat(changed.dates().received()).isEqualTo(request.dates().received());
            assertThat(changed.dates().groundsArose()).isEqualTo(request.dates().groundsArose());
            assertThat(changed.dates().learnedOfGrounds()).isEqualTo(request.dates().learnedOfGrounds());
            Set<OpenFact> facts = alternative.changes().stream().map(Alternative.Change::fact).collect(Collectors.toSet());
            if (!facts.contains(OpenFact.SUFFICIENT_INTEREST)) {
                assertThat(changed.dates()).isEqualTo(request.dates());
                assertThat(changed.findings().sufficientInterest()).isEqualTo(request.findings().sufficientInterest());
            }
            if (!facts.contains(OpenFact.COULD_NOT_COMPLAIN_IN_TIME)) {
                assertThat(changed.findings().couldNotReasonablyComplainInTime())
                        .isEqualTo(request.findings().couldNotReasonablyComplainInTime());
            }
            if (!facts.contains(OpenFact.CAN_STILL_BE_CONSIDERED_FAIRLY)) {
                assertThat(changed.findings().canStillBeConsideredFairly()).isEqualTo(request.findings().canStillBeConsideredFairly());
            }
            if (!facts.contains(OpenFact.CONCERNS_THE_CHILD)) {
                assertThat(changed.findings().concernsTheChild()).isEqualTo(request.findings().concernsTheChild());
            }
            if (!facts.contains(OpenFact.CONSIDERED_AGAIN)) {
                assertThat(changed.findings().consideredAgain()).isEqualTo(request.findings().consideredAgain());
            }
            if (!facts.contains(OpenFact.MIGHT_PREJUDICE_PROCEEDINGS)) {
                assertThat(changed.findings().mightPrejudiceProceedings()).isEqualTo(request.findings().mightPrejudiceProceedings());
            }
            if (facts.stream().noneMatch(f -> f == OpenFact.UNDERSTANDING || f == OpenFact.CHILD_STATUS)) {
                assertThat(changed.child()).isEqualTo(request.child());
            }
            if (facts.stream().noneMatch(f -> f == OpenFact.REPRESENTATIVE_SUITABILITY || f == OpenFact.CHILD_VIEWS
                    || f == OpenFact.BEST_INTERESTS || f == OpenFact.COMPLAINANTS_CONSENT || f == OpenFact.REPRESENTATION_MODE)) {
                assertThat(changed.representation()).isEqualTo(request.representation());
            }
        }
    }

    /**
     * The interface's own way (for an implementation that does not batch them itself) gives the
     * same alternatives as the rules' service, which validates and batches the variants its own way.
     */
    @Property(tries = 100)
    void theDefaultWayGivesTheSameAlternatives(@ForAll("requests") ComplaintRequest request) {
        EligibilityService delegating = new EligibilityService() {
            @Override
            public EligibilityDecision assess(ComplaintRequest r) {
                return STATUTORY.assess(r);
            }

            @Override
            public List<EligibilityDecision> assessAll(java.util.Collection<ComplaintRequest> requests) {
                return STATUTORY.assessAll(requests);
            }

            @Override
            public LocalPolicy policy() {
                return STATUTORY.policy();
            }

            @Override
            public org.cscrules.core.decision.Provenance provenance() {
                return STATUTORY.provenance();
            }
        };
        assertThat(delegating.assessWithAlternatives(request).alternatives())
                .isEqualTo(STATUTORY.assessWithAlternatives(request).alternatives());
    }

    /** A decision with alternatives is written as JSON and read back as the same decision. */
    @Property(tries = 100)
    void theAlternativesReadBackFromJson(@ForAll("requests") ComplaintRequest request) {
        EligibilityDecision decision = STATUTORY.assessWithAlternatives(request);
        String json = org.cscrules.json.CscRulesJson.write(decision);
        assertThat(org.cscrules.json.CscRulesJson.read(json, EligibilityDecision.class)).isEqualTo(decision);
        assertThat(json.contains("\"alternatives\"")).isEqualTo(!decision.alternatives().isEmpty());
    }

    /** Minimality: no listed set of changes contains another listed set with the same outcome. */
    @Property(tries = 300)
    void noListedChangeSetContainsAnotherWithTheSameOutcome(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request) {
        List<Alternative> alternatives = service(seed001).assessWithAlternatives(request).alternatives();
        for (Alternative larger : alternatives) {
            for (Alternative smaller : alternatives) {
                if (larger != smaller && larger.changes().containsAll(smaller.changes())) {
                    assertThat(smaller.outcome()).as(larger.text() + " contains " + smaller.text()).isNotEqualTo(larger.outcome());
                }
            }
        }
    }

    /**
     * The laws above are not empty: over a fixed sample of the same random requests, some decisions
     * have alternatives, some of them a pair of changes, and some requests have nothing open.
     */
    @org.junit.jupiter.api.Test
    void theRandomRequestsReachEveryKindOfAlternative() {
        long seed = 20261130L;
        List<ComplaintRequest> sample = RandomRequests.sample(400, seed);
        List<EligibilityDecision> decisions = sample.stream().map(STATUTORY::assessWithAlternatives).toList();
        assertThat(decisions.stream().filter(d -> !d.alternatives().isEmpty()).count()).as("seed %d", seed).isGreaterThan(20);
        assertThat(decisions.stream().flatMap(d -> d.alternatives().stream()).filter(a -> a.changes().size() == 2).count())
                .as("seed %d: pairs", seed).isPositive();
        assertThat(sample.stream().filter(r -> OpenFact.openIn(r).isEmpty()).count()).as("seed %d: nothing open", seed).isPositive();
        assertThat(decisions.stream().flatMap(d -> d.alternatives().stream()).flatMap(a -> a.changes().stream())
                .map(Alternative.Change::fact).distinct().count()).as("seed %d: facts varied", seed).isGreaterThanOrEqualTo(6);
    }

    /** A decision that rests on nothing open has no alternatives; one that has them names only open facts. */
    @Property(tries = 300)
    void aRequestWithNothingOpenHasNoAlternatives(@ForAll boolean seed001, @ForAll("requests") ComplaintRequest request) {
        EligibilityDecision decision = service(seed001).assessWithAlternatives(request);
        if (OpenFact.openIn(request).isEmpty()) {
            assertThat(decision.alternatives()).isEmpty();
        }
    }
}
