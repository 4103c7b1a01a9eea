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
}
