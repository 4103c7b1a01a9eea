package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.remedy.Correction;
import org.cscrules.core.remedy.KeptRecord;
import org.cscrules.core.remedy.Remedy;
import org.cscrules.core.remedy.RemedyList;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The remedy list over records written by 0.1.0 ({@code compat/0.1.0/remedy/}: a decision record per
 * corrected eligibility finding, a journey per corrected stage finding, and some whose answer stands),
 * read as they are, unsealed: exactly the corrected ones are listed, each with its old and new answer
 * and the correction behind it; those that still give the same answer never are; the list is the same
 * in any order of the records.
 */
class RemedyListTest {

    private static final Path FIXTURE = Path.of("..", "compat", "0.1.0", "remedy");

    private static List<KeptRecord> kept() throws IOException {
        List<KeptRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String reference = file.getFileName().toString().replace(".json", "");
                String json = Files.readString(file, StandardCharsets.UTF_8);
                records.add(reference.endsWith(".journey")
                        ? new KeptRecord(reference, null, CscRulesJson.read(json, org.cscrules.core.audit.JourneyRecord.class))
                        : new KeptRecord(reference, CscRulesJson.read(json, DecisionRecord.class), null));
            }
        }
        return records;
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} ({3})")
    @CsvSource({
            "w1-assessment-of-need, NOT_ELIGIBLE (PARENT_OR_REFER_ELSEWHERE), ELIGIBLE, W1",
            "w3-care-leaver-aged-25, ELIGIBLE, NOT_ELIGIBLE, W3",
            "w5-s47-enquiry, NOT_ELIGIBLE, NOT_ELIGIBLE, W5",
            "w7-parent-for-the-child, DISCRETION_REQUIRED, ELIGIBLE, W7",
            "w8-parents-own-treatment, NOT_ELIGIBLE, DISCRETION_REQUIRED, W8",
            "m7-voluntary-organisation, ELIGIBLE, NOT_ELIGIBLE (VOLUNTARY_ORGANISATION_PROCEDURE), M7",
            "oracle-adoption-parent-any-child, ELIGIBLE, NOT_ELIGIBLE, oracle",
            "'w2-stage-2-declined-in-time.journey', 'step 3, REQUEST_DECLINED on 2026-07-10: ALLOWED', "
                    + "'step 3, REQUEST_DECLINED on 2026-07-10: REFUSED', W2",
            "'w4-referred-after-the-councils-delay.journey', 'step 1, REFERRED_TO_OMBUDSMAN on 2026-03-02: ALLOWED, the complaint then at STAGE_1', "
                    + "'step 1, REFERRED_TO_OMBUDSMAN on 2026-03-02: ALLOWED, the complaint then at REFERRED_TO_OMBUDSMAN', W4",
            "'w6-stage-2-from-the-statement.journey', 'step 2, STAGE_2_REQUESTED on 2026-07-06: deadlines []', "
                    + "'step 2, STAGE_2_REQUESTED on 2026-07-06: deadlines [T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-10-06]', W6",
            "'m2-stage-2-without-an-independent-person.journey', 'step 3, STAGE_2_RESPONSE_SENT on 2026-08-03: ALLOWED', "
                    + "'step 3, STAGE_2_RESPONSE_SENT on 2026-08-03: DISCRETION_REQUIRED', M2"})
    void eachCorrectedRecordIsListedWithItsCorrection(String reference, String before, String after, String finding) throws IOException {
        Remedy remedy = RemedyList.check(kept().stream()).remedies().stream().filter(r -> r.reference().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " is not listed"));
        assertThat(remedy.kind()).isEqualTo(reference.endsWith(".journey") ? Remedy.Kind.JOURNEY : Remedy.Kind.DECISION);
        assertThat(remedy.before()).startsWith(before.startsWith("step") ? before : before.split(" ")[0]);
        assertThat(remedy.after()).startsWith(after);
        assertThat(remedy.corrections()).extracting(Correction::finding).contains(finding);
        assertThat(remedy.consider()).isNotEmpty();
        assertThat(remedy.changedRules().isEmpty()).as("only a deadline changed").isEqualTo(finding.equals("W6"));
    }

    @Test
    void exactlyTheCorrectedAreListedAndNoneThatStands() throws IOException {
        RemedyList list = RemedyList.check(kept().stream());
        assertThat(list.checked()).isEqualTo(15);
        assertThat(list.remedies()).extracting(Remedy::reference).containsExactly("m2-stage-2-without-an-independent-person.journey",
                "m7-voluntary-organisation", "oracle-adoption-parent-any-child", "w1-assessment-of-need", "w2-stage-2-declined-in-time.journey", "w3-care-leaver-aged-25",
                "w4-referred-after-the-councils-delay.journey", "w5-s47-enquiry", "w6-stage-2-from-the-statement.journey",
                "w7-parent-for-the-child", "w8-parents-own-treatment");
        assertThat(list.markdown()).contains("15 records checked; 11 answered differently", "### w3-care-leaver-aged-25")
                .doesNotContain("same-");
        assertThat(list.csv().lines()).hasSize(12).first().isEqualTo("reference,kind,before,after,rules,findings,consider");
    }

    @Test
    void theListIsTheSameInAnyOrder() throws IOException {
        List<KeptRecord> records = kept();
        String first = RemedyList.check(records.stream()).markdown();
        for (long seed = 1; seed <= 3; seed++) {
            List<KeptRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(RemedyList.check(shuffled.stream()).markdown()).as("seed %s", seed).isEqualTo(first);
        }
    }

    /** Every rule a correction names is in the rulebook (or a family of it), so no correction can silently match nothing. */
    @Test
    void everyRuleACorrectionNamesExists() {
        List<String> ids = RuleBase.allRules().stream().map(rule -> String.valueOf(rule.getMetaData().get("ruleId"))).toList();
        for (Correction correction : Correction.values()) {
            for (String rule : correction.rules()) {
                assertThat(ids).as("%s names %s", correction, rule)
                        .anyMatch(id -> rule.endsWith("-") ? id.startsWith(rule) : id.equals(rule));
            }
        }
    }

    @Test
    void aReferenceIsAnIdentifierNotAName() throws IOException {
        DecisionRecord record = kept().stream().filter(k -> k.decision() != null).findFirst().orElseThrow().decision();
        assertThatThrownBy(() -> new KeptRecord("Jane Smith", record, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeptRecord("CASE-1", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new KeptRecord("CASE/2026:0001", record, null).reference()).isEqualTo("CASE/2026:0001");
    }
}
