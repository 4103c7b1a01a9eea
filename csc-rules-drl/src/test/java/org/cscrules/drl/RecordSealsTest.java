package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.json.CscRulesJson;
import org.cscrules.json.RecordSeals;
import org.junit.jupiter.api.Test;

/**
 * Records that find out their own alteration (#13): a seal over each part's canonical JSON, keyed
 * with the council's key or plain. An edited recorded policy or "as at" moment is "altered", never
 * "a fault in the library"; a record written by 0.1.0 is unsealed.
 */
class RecordSealsTest {

    private static final byte[] KEY = "the council's secret, kept apart from the records".getBytes(StandardCharsets.UTF_8);
    private static final ComplaintRequest PARENT = Requests.of(ComplainantRole.PARENT,
            LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, ChildStatus.LOOKED_AFTER);

    private static DecisionRecord record() {
        return new DecisionRecord(PARENT, EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK).assess(PARENT));
    }

    @Test
    void aSealedRecordReadBackIsIntactAndAnEditedOneIsAlteredNamingThePart() {
        for (byte[] key : new byte[][] {null, KEY}) {
            String stored = CscRulesJson.write(RecordSeals.seal(record(), key));
            DecisionRecord read = CscRulesJson.read(stored, DecisionRecord.class);
            assertThat(RecordSeals.check(read, key).status()).isEqualTo(RecordSeals.Status.INTACT);

            assertThat(stored).contains("\"acknowledgementWorkingDays\" : 3");
            DecisionRecord policyEdited = CscRulesJson.read(stored.replace("\"acknowledgementWorkingDays\" : 3",
                    "\"acknowledgementWorkingDays\" : 1"), DecisionRecord.class);
            RecordSeals.Check check = RecordSeals.check(policyEdited, key);
            assertThat(check.status()).isEqualTo(RecordSeals.Status.ALTERED);
            assertThat(check.altered()).containsExactly("decision");
            Replay replay = EligibilityService.replay(policyEdited);
            assertThat(RecordSeals.explanation(replay, check)).isEqualTo("The record was altered after it was sealed: decision.");

            String asAt = read.decision().provenance().asAt().toString();
            DecisionRecord momentEdited = CscRulesJson.read(stored.replace(asAt, asAt.replace("T00:", "T01:")), DecisionRecord.class);
            assertThat(RecordSeals.check(momentEdited, key).altered()).containsExactly("decision");

            DecisionRecord requestEdited = CscRulesJson.read(stored.replace("\"PARENT\"", "\"SPECIAL_GUARDIAN\""), DecisionRecord.class);
            assertThat(RecordSeals.check(requestEdited, key).altered()).contains("request");
        }
    }

    @Test
    void aKeyedSealNeedsItsKey() {
        DecisionRecord sealed = RecordSeals.seal(record(), KEY);
        assertThat(RecordSeals.check(sealed, null).status()).isEqualTo(RecordSeals.Status.KEY_NEEDED);
        assertThat(RecordSeals.check(sealed, "another key".getBytes(StandardCharsets.UTF_8)).altered())
                .containsExactly("request", "decision");
        assertThat(RecordSeals.check(new DecisionRecord(sealed.request(), sealed.decision(), "v1;md5;x"), KEY).status())
                .isEqualTo(RecordSeals.Status.NOT_A_SEAL);
        assertThatThrownBy(() -> RecordSeals.seal(record(), new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordWrittenByTheFirstReleaseIsUnsealed() throws IOException {
        String old = Files.readString(Path.of("..", "compat", "0.1.0", "decision-record-defaults.json"), StandardCharsets.UTF_8);
        RecordSeals.Check check = RecordSeals.check(CscRulesJson.read(old, DecisionRecord.class), KEY);
        assertThat(check.status()).isEqualTo(RecordSeals.Status.UNSEALED);
        assertThat(check.explanation()).isEqualTo("The record carries no seal, so whether it was altered cannot be said.");
    }

    @Test
    void aJourneyRecordNamesTheStepAltered() {
        JourneyRecord sealed = RecordSeals.seal(JourneyRecordTest.sample(), KEY);
        String stored = CscRulesJson.write(sealed);
        assertThat(RecordSeals.check(CscRulesJson.read(stored, JourneyRecord.class), KEY).status()).isEqualTo(RecordSeals.Status.INTACT);
        String edited = stored.replace("\"2026-06-05\"", "\"2026-06-04\"");
        RecordSeals.Check check = RecordSeals.check(CscRulesJson.read(edited, JourneyRecord.class), KEY);
        assertThat(check.status()).isEqualTo(RecordSeals.Status.ALTERED);
        assertThat(check.altered()).contains("steps[5]").doesNotContain("start", "steps[0]");
        assertThat(check.explanation()).startsWith("The record was altered after it was sealed: ");
    }
}
