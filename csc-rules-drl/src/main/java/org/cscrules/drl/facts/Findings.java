package org.cscrules.drl.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules found about one complaint: reasons, actions and proposed alternative routes. One
 * per complaint per call, never shared, so concurrent assessments cannot mix. A reason's rule id,
 * citation and basis come from the firing rule's metadata, the one place they are written.
 */
public final class Findings {

    private final RuleCitations citations;
    private final List<Reason> reasons = new ArrayList<>();
    private final Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
    private final Set<AlternativeRoute> routes = EnumSet.noneOf(AlternativeRoute.class);

    Findings(RuleCitations citations) {
        this.citations = citations;
    }

    /** Records the firing rule's finding, with the rule's own id, citation and basis. */
    public void reason(Rule rule, Outcome effect, String text) {
        reasons.add(citations.reason(rule, effect, text));
    }

    /** Records something the council must do. */
    public void action(RequiredAction action) {
        actions.add(action);
    }

    /** Proposes where the complaint goes if it is not eligible. */
    public void route(AlternativeRoute route) {
        routes.add(route);
    }

    public List<Reason> getReasons() {
        return reasons;
    }

    public Set<RequiredAction> getActions() {
        return actions;
    }

    public Set<AlternativeRoute> getRoutes() {
        return routes;
    }
}
