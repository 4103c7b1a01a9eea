package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.request.ComplaintRequest;

/**
 * DRL and the plain-Java implementation agree on every random valid request: the same outcome,
 * the same rules applying, the same actions and route. 5,000 tries across four policies: the rarest
 * rule is reached about 15 times on average, so the coverage check below cannot fail by chance.
 */
class DifferentialProperties {

    /** Four councils' settings that move many rules; the replay properties use them too. */
    static final LocalPolicy[] POLICIES = {
            LocalPolicy.statutoryDefaults(),
            LocalPolicyExamples.cheshireWestAndChester2016(),
            LocalPolicy.builder().independentFosteringAgencyCarersAreFosterParents(false).careLeaverLocalOfferAgeCeiling(25)
                    .privateLawCourtReportsInScope(true).publicLawCourtReportsInScope(false)
                    .childConsent(LocalPolicy.ChildConsent.REQUIRED_FROM_AGE).childConsentAge(13).build(),
            LocalPolicy.builder().childConsent(LocalPolicy.ChildConsent.ALWAYS_REQUIRED).adultRepeatExclusionsApplied(true)
                    .careLeaverLocalOfferAgeCeiling(26).lateComplaintPresumption(false)
                    .concurrentProceedings(LocalPolicy.ConcurrentProceedings.DECLINE_WITH_WRITTEN_REASON)
                    .timeLimitTrigger(LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE).build()};

    private static final DroolsEligibilityService[] SERVICES = java.util.Arrays.stream(POLICIES)
            .map(p -> new DroolsEligibilityService(p, Requests.CLOCK, session -> session.addEventListener(
                    new org.kie.api.event.rule.DefaultAgendaEventListener() {
                        @Override
                        public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                            SEEN.add(event.getMatch().getRule().getMetaData().get("ruleId").toString());
                        }
                    })))
            .toArray(DroolsEligibilityService[]::new);

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        return RandomRequests.valid();
    }

    @Provide
    Arbitrary<Integer> policies() {
        return Arbitraries.integers().between(0, POLICIES.length - 1);
    }

    @Property(tries = 5000)
    void drlAndJavaAgree(@ForAll("requests") ComplaintRequest request, @ForAll("policies") int which) {
        LocalPolicy policy = POLICIES[which];
        DroolsEligibilityService drl = SERVICES[which];
        EligibilityDecision decision = drl.assess(request);
        org.cscrules.drl.internal.Complaint oracleFacts = drl.complaint(request);
        JavaEligibility.Verdict verdict = new JavaEligibility(policy).decide(oracleFacts);

        java.util.Map<String, org.cscrules.core.decision.Effect> drlEffects = new java.util.TreeMap<>();
        decision.reasons().forEach(r -> drlEffects.put(r.ruleId(), r.effect()));
        assertThat(drlEffects).isEqualTo(verdict.effects());
        assertThat(decision.outcome()).isEqualTo(verdict.outcome());
        assertThat(decision.alternativeRoute()).isEqualTo(verdict.route());
        assertThat(Set.copyOf(decision.actions())).isEqualTo(verdict.actions());
        assertThat(decision.deadlines()).as("the deadlines, counted from where each reading starts the clocks")
                .isEqualTo(drl.deadlines(oracleFacts, verdict.outcome()).stream().sorted().toList());
    }

    private static final Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The random requests fire every rule (those that only infer a fact too), so that agreement means something. */
    @AfterContainer
    static void theRequestsReachNearlyEveryRule() {
        Set<String> unseen = new TreeSet<>(RuleBase.eligibility().rules().stream().map(r -> r.getMetaData().get("ruleId").toString()).toList());
        unseen.removeAll(SEEN);
        assertThat(unseen).as("rules no random request reached").isEmpty();
    }
}
