package org.cscrules.drl.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Cited;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules found about one complaint: reasons, actions, proposed alternative routes, and
 * where the stage 1 clock starts. One per complaint per call, never shared, so concurrent
 * assessments cannot mix. A reason's rule id, citation and basis come from the firing rule's
 * metadata, the one place they are written. The rules write through {@link Complaint}'s helpers,
 * one per kind of finding.
 */
public final class Findings {

    private final RuleCitations citations;
    private final List<Reason> reasons = new ArrayList<>();
    /** The actions each reason requires, by the reason's index. */
    private final List<List<RequiredAction>> actions = new ArrayList<>();
    private final Set<AlternativeRoute> routes = EnumSet.noneOf(AlternativeRoute.class);
    private boolean stage1ClockFromSufficientInterestDecision;
    private boolean timeLimitFromKnowledge;

    Findings(RuleCitations citations) {
        this.citations = citations;
    }

    /** Records the firing rule's finding, with the rule's own id, citation and basis, and the actions it requires. */
    void finding(Rule rule, Effect effect, String text, RequiredAction... required) {
        reasons.add(citations.reason(rule, effect, text));
        actions.add(List.of(required));
    }

    /** Records the firing rule's finding, citing {@code also} with the rule's own citation. */
    void finding(Rule rule, Effect effect, String text, Cited also, RequiredAction... required) {
        reasons.add(citations.reason(rule, effect, text, also));
        actions.add(List.of(required));
    }

    /** Proposes where the complaint goes if it is not eligible. */
    void route(AlternativeRoute route) {
        routes.add(route);
    }

    /** The stage 1 clock starts from the council's reg. 12 decision, not from receipt. */
    void stage1ClockFromSufficientInterestDecision() {
        stage1ClockFromSufficientInterestDecision = true;
    }

    /** The time limit runs from the complainant learning of the grounds, not from the grounds arising. */
    void timeLimitFromKnowledge() {
        timeLimitFromKnowledge = true;
    }

    /** @return whether a rule found that the time limit runs from the complainant learning of the grounds */
    public boolean isTimeLimitFromKnowledge() {
        return timeLimitFromKnowledge;
    }

    /** @return every reason found, in the order found */
    public List<Reason> getReasons() {
        return reasons;
    }

    /**
     * The actions the reasons {@code kept} accepts require, so that an action never outlives the
     * finding that required it.
     *
     * @param kept which reasons count
     * @return the actions, in declaration order
     */
    public Set<RequiredAction> actionsOf(Predicate<Reason> kept) {
        Set<RequiredAction> required = EnumSet.noneOf(RequiredAction.class);
        for (int i = 0; i < reasons.size(); i++) {
            if (kept.test(reasons.get(i))) {
                required.addAll(actions.get(i));
            }
        }
        return required;
    }

    /** @return every route proposed, in declaration order */
    public Set<AlternativeRoute> getRoutes() {
        return routes;
    }

    /** @return whether a rule found that the stage 1 clock starts from the reg. 12 decision */
    public boolean isStage1ClockFromSufficientInterestDecision() {
        return stage1ClockFromSufficientInterestDecision;
    }
}
