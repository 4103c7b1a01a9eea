package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** docs/RULES.md is the rules' own metadata, never out of date. */
class RulebookTest {

    @Test
    void theCommittedRulebookIsCurrent() throws IOException {
        CommittedFiles.assertCurrent("RULES.md", Rulebook.markdown(RuleBase.allRules()));
    }

    @Test
    void everyRuleIsInTheRulebookUnderATopicWithItsCitation() {
        String rulebook = Rulebook.markdown(RuleBase.allRules());
        for (Rule rule : RuleBase.allRules()) {
            assertThat(rulebook).contains("| " + rule.getMetaData().get("ruleId") + " | " + rule.getName() + " | "
                    + Rulebook.linked(rule.getMetaData().get("citation").toString()));
        }
        assertThat(rulebook.lines().filter(l -> l.matches("\\| [A-Z]+(-[A-Z0-9]+)+ \\| .*")).count())
                .as("one row per rule").isEqualTo(RuleBase.allRules().size());
    }

    /**
     * Every route a decision may name is proposed by some rule, and a deprecated one by none: no
     * route is offered that nothing gives, and none the library has withdrawn comes back.
     */
    @Test
    void everyAlternativeRouteIsProposedBySomeRuleAndNoDeprecatedOne() throws IOException, NoSuchFieldException {
        StringBuilder drl = new StringBuilder();
        for (String file : java.util.List.of("who.drl", "scope.drl", "representatives.drl", "timelimit-and-proceedings.drl", "actions.drl")) {
            try (java.io.InputStream in = RulebookTest.class.getResourceAsStream("/org/cscrules/drl/internal/rules/" + file)) {
                drl.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        for (org.cscrules.core.decision.AlternativeRoute route : org.cscrules.core.decision.AlternativeRoute.values()) {
            boolean deprecated = org.cscrules.core.decision.AlternativeRoute.class.getField(route.name())
                    .isAnnotationPresent(Deprecated.class);
            boolean proposed = drl.indexOf("AlternativeRoute." + route.name() + ",") >= 0;
            assertThat(proposed).as("%s is proposed by a rule", route).isEqualTo(!deprecated);
        }
    }
}
