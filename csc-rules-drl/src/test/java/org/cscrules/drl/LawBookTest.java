package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cscrules.core.internal.law.LabelCheck;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.LawSection;
import org.cscrules.core.law.Verification;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule's citation resolves to sections of the legal reference shipped in the jar, and claims
 * no more certainty than they do; and no section id a release has used ever disappears.
 */
class LawBookTest {

    /** Every section id released, one a line: the ids 0.2.0 introduced, then each later release's additions. */
    private static final Path RELEASED_IDS = Path.of("..", "compat", "law-section-ids.txt");

    private static Citation citation(Rule rule) {
        return Citation.of(Verification.valueOf(rule.getMetaData().get("verification").toString()),
                rule.getMetaData().get("citation").toString());
    }

    @Test
    void everyRuleCitesSectionsThatResolveAndClaimsNoMoreThanThey() {
        for (Rule rule : RuleBase.allRules()) {
            String id = rule.getMetaData().get("ruleId").toString();
            Citation citation = citation(rule);
            assertThat(LabelCheck.problems(citation, Basis.valueOf(rule.getMetaData().get("basis").toString())))
                    .as("%s's labels claim no more than its sections", id).isEmpty();
            assertThat(citation.reference()).as("%s's citation reads as law, with no template left", id)
                    .doesNotContain("{", "}");
        }
    }

    @Test
    void noReleasedSectionIdDisappearsAndEveryIdIsRecorded() throws IOException {
        List<String> released = Files.readAllLines(RELEASED_IDS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(released).as("ids once released still resolve")
                .allSatisfy(id -> assertThat(LawSection.find(id)).as(id).isPresent());
        assertThat(released).as("every section of the reference is recorded as released, so that it cannot later go")
                .containsAll(LawSection.all().stream().map(LawSection::id).toList());
    }
}
