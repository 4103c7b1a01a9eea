package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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

    /** The least sure verification among a citation's sources of law; VERIFIED when it cites none. */
    private static Verification weakestSource(Citation citation) {
        return citation.lawSections().stream().flatMap(section -> section.verification().stream())
                .max(Comparator.naturalOrder()).orElse(Verification.VERIFIED);
    }

    @Test
    void everyRuleCitesSectionsThatResolveAndIsNoSurerThanTheWeakest() {
        for (Rule rule : RuleBase.allRules()) {
            String id = rule.getMetaData().get("ruleId").toString();
            Citation citation = citation(rule);
            assertThat(citation.lawSections()).as("%s's sections", id).isNotEmpty().hasSameSizeAs(citation.sections());
            assertThat(citation.verification()).as("%s claims no more than its weakest source", id)
                    .isGreaterThanOrEqualTo(weakestSource(citation));
            assertThat(citation.reference()).as("%s's citation reads as law, with no template left", id)
                    .doesNotContain("{", "}");
        }
    }

    @Test
    void aRuleOfStatuteOrGuidanceCitesASourceOfThatKind() {
        for (Rule rule : RuleBase.allRules()) {
            String basis = rule.getMetaData().get("basis").toString();
            List<LawSection.Kind> kinds = citation(rule).lawSections().stream().map(LawSection::kind).toList();
            String id = rule.getMetaData().get("ruleId").toString();
            switch (basis) {
                case "STATUTE" -> assertThat(kinds).as(id).contains(LawSection.Kind.LEGISLATION);
                case "STATUTORY_GUIDANCE" -> assertThat(kinds).as(id).contains(LawSection.Kind.GUIDANCE);
                case "LIBRARY_PROCEDURE" -> assertThat(kinds).as(id).contains(LawSection.Kind.PROCEDURE);
                default -> assertThat(kinds).as(id).isNotEmpty();
            }
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
