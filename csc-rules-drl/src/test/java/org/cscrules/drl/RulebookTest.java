package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** docs/RULES.md is the rules' own metadata, never out of date. */
class RulebookTest {

    private static final Path COMMITTED = Path.of("..", "docs", "RULES.md");

    @Test
    void theCommittedRulebookIsCurrent() throws IOException {
        String generated = Rulebook.markdown(RuleBase.allRules());
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            Path fresh = Path.of("target", "RULES.md").toAbsolutePath();
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            throw new AssertionError("docs/RULES.md is stale: review and copy " + fresh + " to docs/RULES.md");
        }
    }

    @Test
    void everyRuleIsInTheRulebookUnderATopicWithItsCitation() {
        String rulebook = Rulebook.markdown(RuleBase.allRules());
        for (Rule rule : RuleBase.allRules()) {
            assertThat(rulebook).contains("| " + rule.getMetaData().get("ruleId") + " | " + rule.getName() + " | "
                    + rule.getMetaData().get("citation"));
        }
        assertThat(rulebook.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| id")).count())
                .isEqualTo(RuleBase.allRules().size());
    }
}
