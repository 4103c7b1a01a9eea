package org.cscrules.drl.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.Verification;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules found about one complaint: reasons, actions and proposed alternative routes. One
 * per complaint per call, never shared, so concurrent assessments cannot mix. A reason's rule id,
 * citation and basis come from the firing rule's metadata, the one place they are written.
 */
public final class Findings {

    /** Metadata keys every rule carries. */
    public static final String RULE_ID = "ruleId";
    public static final String CITATION = "citation";
    public static final String VERIFICATION = "verification";
    public static final String BASIS = "basis";
    public static final String DESCRIPTION = "description";

    private final List<Reason> reasons = new ArrayList<>();
    private final Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
    private final Set<AlternativeRoute> routes = EnumSet.noneOf(AlternativeRoute.class);

    /** Records the firing rule's finding, with the rule's own id, citation and basis. */
    public void reason(Rule rule, Outcome effect, String text) {
        reasons.add(new Reason(metadata(rule, RULE_ID), effect, text,
                new Citation(metadata(rule, CITATION), Verification.valueOf(metadata(rule, VERIFICATION))),
                Basis.valueOf(metadata(rule, BASIS))));
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

    private static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }
}
