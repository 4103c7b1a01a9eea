package org.cscrules.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.core.Fixtures.PROVENANCE;

import java.util.List;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.junit.jupiter.api.Test;

class EligibilityDecisionTest {

    private static Reason reason(String id, Effect effect) {
        return new Reason(id, effect, "finding " + id, Citation.secondary("{si2006-reg14}"), Basis.STATUTE);
    }

    @Test
    void theOutcomeIsTheStrongestEffectWhateverTheOrder() {
        List<Reason> reasons = List.of(reason("B", Effect.ELIGIBLE), reason("A", Effect.DISCRETION_REQUIRED),
                reason("C", Effect.ELIGIBLE));
        EligibilityDecision decision = EligibilityDecision.of(reasons, List.of(), null, List.of(), PROVENANCE);
        assertThat(decision.outcome()).isEqualTo(Outcome.DISCRETION_REQUIRED);
        assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly("A", "B", "C");
        assertThat(EligibilityDecision.of(List.of(reasons.get(2), reasons.get(1), reasons.get(0)), List.of(), null, List.of(), PROVENANCE))
                .isEqualTo(decision);
        assertThat(Outcome.strongest(List.of())).isEqualTo(Outcome.ELIGIBLE);
        assertThat(Outcome.NOT_ELIGIBLE.and(Outcome.ELIGIBLE)).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void anOutcomeThatDoesNotFollowFromTheReasonsIsRefused() {
        assertThatThrownBy(() -> new EligibilityDecision(Outcome.ELIGIBLE, List.of(reason("A", Effect.NOT_ELIGIBLE)),
                List.of(), AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE, List.of(), PROVENANCE))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The outcome must be the strongest effect among the reasons");
    }

    @Test
    void onlyANotEligibleComplaintNamesAnAlternativeRoute() {
        assertThatThrownBy(() -> EligibilityDecision.of(List.of(reason("A", Effect.NOT_ELIGIBLE)), List.of(), null, List.of(), PROVENANCE))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibilityDecision.of(List.of(reason("A", Effect.ELIGIBLE)), List.of(),
                AlternativeRoute.THE_COURT, List.of(), PROVENANCE)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecisionNeedsAReasonAndNoNulls() {
        assertThatThrownBy(() -> EligibilityDecision.of(List.of(), List.of(), null, List.of(), PROVENANCE))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibilityDecision.of(null, List.of(), null, List.of(), PROVENANCE))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibilityDecision.of(java.util.Arrays.asList(reason("A", Effect.ELIGIBLE), null),
                List.of(), null, List.of(), PROVENANCE)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibilityDecision.of(List.of(reason("A", Effect.ELIGIBLE)), null, null, List.of(), PROVENANCE))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reason(" ", Effect.ELIGIBLE, "x", Citation.verified("{si2006-reg2}"), Basis.STATUTE))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
