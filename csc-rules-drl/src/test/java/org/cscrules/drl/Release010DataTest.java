package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.ProvenancePart;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data csc-rules 0.1.0 wrote ({@code compat/0.1.0/}) still reads, and gives the same answers:
 * a replayed decision record differs in its provenance only in the library and rulebook versions,
 * and in its answer only where a later release changed one on purpose, by the rules {@link
 * #CHANGED_ON_PURPOSE} names and CHANGELOG.md lists. Every later release keeps this test and adds
 * its own data beside it.
 */
class Release010DataTest {

    private static final Path DATA = Path.of("..", "compat", "0.1.0");

    /**
     * The rules whose reasons or rulings 0.2.0 changed on purpose, with why: each is in CHANGELOG.md.
     * A reason of any other rule must replay exactly.
     */
    static final Map<String, String> CHANGED_ON_PURPOSE = Map.ofEntries(
            Map.entry("ACT-ACKNOWLEDGE", "a note: effect NEUTRAL"),
            Map.entry("ACT-ADVOCACY-CHILD", "a note: effect NEUTRAL"),
            Map.entry("ACT-ADVOCACY-CARE-LEAVER", "a note: effect NEUTRAL"),
            Map.entry("TIME-IN-TIME", "a note: effect NEUTRAL"),
            Map.entry("REP-RELATES-TO-CHILD", "a note: effect NEUTRAL"),
            Map.entry("REP-VIEWS-NOT-SOUGHT", "a note: effect NEUTRAL"),
            Map.entry("SCOPE-NEXT-DAY-NOT-EXCLUDED", "a note: effect NEUTRAL"),
            Map.entry("SCOPE-ALREADY-CONSIDERED", "a note: effect NEUTRAL"),
            Map.entry("SCOPE-OMBUDSMAN-INVESTIGATED", "a note: effect NEUTRAL"),
            Map.entry("WHO-E13-CEILING", "a note: effect NEUTRAL"),
            Map.entry("WHO-E13-CEILING-BEFORE-2018", "a note: effect NEUTRAL"),
            Map.entry("TIME-LATE", "the statute's part alone; the presumption is TIME-LATE-PRESUMPTION"),
            Map.entry("TIME-LATE-PRESUMPTION", "new: the guidance's presumption (A15)"),
            Map.entry("TIME-LATE-NO-PRESUMPTION", "new: a council without the presumption (A15)"),
            Map.entry("PROC-CONCURRENT", "the statute's part alone; the council's policy is PROC-CONCURRENT-SUSPEND or -DECLINE"),
            Map.entry("PROC-CONCURRENT-SUSPEND", "new: the council's policy (A22)"),
            Map.entry("PROC-CONCURRENT-DECLINE", "new: the council's policy (A22)"),
            Map.entry("SCOPE-PUBLIC-LAW-REPORT", "new: the guidance's reading of A23 made visible"),
            Map.entry("STAGE-1-EXTENSION", "the statute's part alone; the council's condition is STAGE-1-EXTENSION-*"),
            Map.entry("STAGE-1-EXTENSION-WITH-REASON", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-COMPLEX", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-AGREED", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-AUTOMATIC", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-MAXIMUM", "reg. 14's 20 working days alone; the council's cap is STAGE-1-EXTENSION-COUNCIL-CAP"),
            Map.entry("STAGE-1-EXTENSION-COUNCIL-CAP", "new: the council's cap (A2)"),
            Map.entry("STAGE-2-EXTENSION-MAXIMUM", "basis LOCAL_POLICY: it applies only where the council reads 65 days as a hard cap (A8)"),
            Map.entry("STAGE-2-REPORT", "citation: it reads no setting"),
            Map.entry("STAGE-DECLINE-NOT-THE-COUNCILS", "a request in time only; one acted on is STAGE-DECLINE-ACTED-ON"),
            Map.entry("STAGE-DECLINE-ACTED-ON", "new: a request the council has acted on"),
            Map.entry("STAGE-GATEKEEPING", "split by the council's reading of A17"),
            Map.entry("STAGE-GATEKEEPING-STATUTORY-GROUNDS", "new: gatekeeping on statutory grounds (A17)"),
            Map.entry("STAGE-GATEKEEPING-DISCRETION", "new: gatekeeping at the council's discretion (A17)"));

    static Stream<String> decisionRecords() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("decision-record-"))
                    .sorted().toList().stream();
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(DATA.resolve(file));
    }

    @Test
    void theRequestAndThePolicyFileRead() throws IOException {
        ComplaintRequest request = CscRulesJson.read(read("request.json"), ComplaintRequest.class);
        assertThat(request.circumstances()).hasSize(2);
        assertThat(CscRulesJson.read(read("decision-record-defaults.json"), DecisionRecord.class).request()).isEqualTo(request);
        LocalPolicy policy = CscRulesJson.read(read("policy.json"), LocalPolicy.class);
        assertThat(policy.acknowledgementWorkingDays()).isEqualTo(5);
        assertThat(policy.childConsentAge()).hasValue(12);
        assertThat(policy.careLeaverAgeCeilingBefore2018()).hasValue(23);
        assertThat(policy.closureDays()).hasSize(3);
        assertThat(CscRulesJson.read(read("decision-record-with-policy.json"), DecisionRecord.class).decision().provenance()
                .policy()).isEqualTo(policy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRecords")
    void aDecisionRecordReadsAndReplaysTheSameAnswerButForTheChangesListed(String file) throws IOException {
        DecisionRecord record = CscRulesJson.read(read(file), DecisionRecord.class);
        assertThat(CscRulesJson.write(record)).as("it writes back as 0.1.0 wrote it").isEqualTo(read(file).strip());
        Replay replay = EligibilityService.replay(record);
        assertThat(replay.differences()).as(replay.explanation())
                .isSubsetOf(ProvenancePart.LIBRARY_VERSION, ProvenancePart.RULEBOOK).contains(ProvenancePart.RULEBOOK);
        EligibilityDecision then = replay.recorded();
        EligibilityDecision now = replay.replayed();
        assertThat(now.outcome()).isEqualTo(then.outcome());
        assertThat(now.actions()).isEqualTo(then.actions());
        assertThat(now.alternativeRoute()).isEqualTo(then.alternativeRoute());
        assertThat(now.deadlines()).isEqualTo(then.deadlines());
        List<Reason> kept = new ArrayList<>(then.reasons());
        kept.removeIf(reason -> CHANGED_ON_PURPOSE.containsKey(reason.ruleId())
                || then.outcome() == Outcome.NOT_ELIGIBLE && reason.effect() == Effect.ELIGIBLE);
        assertThat(now.reasons()).as("every reason not changed on purpose replays exactly").containsAll(kept);
        assertThat(now.reasons()).filteredOn(reason -> !kept.contains(reason)).extracting(Reason::ruleId)
                .as("a reason that is new or different names a rule changed on purpose").allMatch(CHANGED_ON_PURPOSE::containsKey);
        if (then.outcome() == Outcome.NOT_ELIGIBLE) {
            assertThat(now.reasons()).extracting(Reason::effect).doesNotContain(Effect.ELIGIBLE);
        }
    }

    /** The state reads, counts its deadlines as 0.1.0 did, and the next step rules as it did. */
    @Test
    void theStateAndTheProcessStepReadAndRuleAsBefore() throws IOException {
        ComplaintState state = CscRulesJson.read(read("state.json"), ComplaintState.class);
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        Transition then = CscRulesJson.read(read("transition.json"), Transition.class);
        assertThat(process.deadlines(state)).isEqualTo(then.deadlines());
        assertThat(state.basis().policy()).isEqualTo(CscRulesJson.read(read("policy.json"), LocalPolicy.class));
        Step step = CscRulesJson.read(read("process-step.json"), Step.class);
        Transition now = process.apply(step.state(), step.event());
        assertThat(now.outcome()).isEqualTo(then.outcome());
        assertThat(now.state()).isEqualTo(then.state()).isEqualTo(state);
        assertThat(now.deadlines()).isEqualTo(then.deadlines());
        assertThat(now.rulings()).filteredOn(ruling -> !CHANGED_ON_PURPOSE.containsKey(ruling.ruleId()))
                .containsExactlyInAnyOrderElementsOf(then.rulings().stream()
                        .filter(ruling -> !CHANGED_ON_PURPOSE.containsKey(ruling.ruleId())).toList());
        assertThat(then.rulings()).extracting(Ruling::ruleId).containsExactly("STAGE-2-EXTENSION");
        assertThat(now.provenance().policy()).isEqualTo(then.provenance().policy());
    }

    /** What {@code csc-rules process} reads: a state and an event. */
    record Step(ComplaintState state, org.cscrules.core.process.ProcessEvent event) {
    }

    /** Each rule changed on purpose is in CHANGELOG.md, which a user of 0.1.0 reads. */
    @Test
    void theChangelogNamesEveryRuleChangedOnPurpose() throws IOException {
        String changelog = Files.readString(Path.of("..", "CHANGELOG.md"));
        Set<String> missing = new java.util.TreeSet<>(CHANGED_ON_PURPOSE.keySet());
        missing.removeIf(id -> changelog.contains("`" + id + "`"));
        assertThat(missing).as("rules changed on purpose that CHANGELOG.md does not name").isEmpty();
    }
}
