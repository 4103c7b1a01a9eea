package org.cscrules.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.cli.CscRulesCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The JSON entry point as a caller meets it: each bundled sample gets its decision (one row per
 * sample, with the rule and provision that decide it); bad input gets exit code 2, the problems as
 * JSON and one readable line, never a stack trace.
 */
class CscRulesCommandTest {

    private static final Path SAMPLES = Path.of("src", "main", "resources", "samples");
    private static final String TODAY = "2026-11-23";

    /** What a run printed, and its exit code. */
    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        }
    }

    private static Run run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static Run run(java.io.InputStream stdin, String... args) {
        CommandLine commandLine = CscRulesCommand.commandLine(stdin);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}: {1} ({2}, {3})")
    @CsvSource({
            "looked-after-child-with-advocate.json, ELIGIBLE, WHO-E1-LOOKED-AFTER, Children Act 1989 s26(3)(a)",
            "parent-of-child-in-need.json, ELIGIBLE, WHO-E2-PARENT, Children Act 1989 s26(3)(b)",
            "grandparent-without-parental-responsibility.json, DISCRETION_REQUIRED, REP-REG12-UNDECIDED, SI 2006/1738 reg. 12",
            "child-protection-conference.json, NOT_ELIGIBLE, SCOPE-CP-CONFERENCE, SI 2006/1738 reg. 3 (by omission)",
            "late-complaint.json, DISCRETION_REQUIRED, TIME-LATE, SI 2006/1738 reg. 9",
            "during-care-proceedings.json, DISCRETION_REQUIRED, PROC-CONCURRENT, SI 2006/1738 reg. 8",
            "special-guardian.json, ELIGIBLE, WHO-E9-E10-SPECIAL-GUARDIANSHIP, reg. 5",
            "care-leaver.json, ELIGIBLE, WHO-E13-CARE-LEAVER, s24D"})
    void eachSampleGetsItsDecision(String sample, String outcome, String ruleId, String citation) throws Exception {
        Run run = run("", "assess", "--today", TODAY, SAMPLES.resolve(sample).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode decision = run.json();
        assertThat(decision.get("outcome").asText()).isEqualTo(outcome);
        List<String> reasons = new ArrayList<>();
        decision.get("reasons").forEach(r -> reasons.add(r.get("ruleId").asText() + " " + r.get("citation").get("reference").asText()));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith(ruleId + " ").contains(citation));
        assertThat(decision.get("deadlines").size()).as("the deadlines that start").isPositive();
    }

    @Test
    void everyBundledSampleIsInTheTableAndInTheRunCommand() throws Exception {
        String table = Files.readString(Path.of("src", "test", "java", "org", "cscrules", "examples", "json",
                "CscRulesCommandTest.java"));
        try (var files = Files.list(SAMPLES)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .hasSize(8)
                    .allMatch(name -> table.contains("\"" + name + ", "))
                    .containsExactlyInAnyOrderElementsOf(org.cscrules.examples.SampleComplaints.SAMPLES.stream()
                            .map(name -> name + ".json").toList());
        }
    }

    @Test
    void aPolicyFileNeedGiveOnlyTheSettingsTheCouncilChanges() throws Exception {
        Path policy = Files.createTempFile("policy", ".json");
        try {
            Files.writeString(policy, "{\"acknowledgementWorkingDays\": 5}");
            Run run = run("", "assess", "--today", TODAY, "--policy", policy.toString(),
                    SAMPLES.resolve("care-leaver.json").toString());
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode acknowledgement = run.json().get("deadlines").get(0);
            assertThat(acknowledgement.get("timescale").asText()).isEqualTo("T0_ACKNOWLEDGEMENT");
            // received Mon 9 Nov 2026: 5 working days, Mon 16 Nov (3 by default: Thu 12 Nov)
            assertThat(acknowledgement.get("due").asText()).isEqualTo("2026-11-16");
            Files.writeString(policy, "null");
            Run nothing = run("", "assess", "--policy", policy.toString(), SAMPLES.resolve("care-leaver.json").toString());
            assertThat(nothing.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
            assertThat(nothing.json().get("input").asText()).isEqualTo("policy");
        } finally {
            Files.delete(policy);
        }
    }

    @Test
    void aRequestOnStandardInputGetsADecision() throws Exception {
        Run run = run(Files.readString(SAMPLES.resolve("parent-of-child-in-need.json")), "assess", "--today", TODAY);
        assertThat(run.exit()).isZero();
        assertThat(run.json().get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void invalidJsonIsExitCodeTwoWithAReadableError() throws Exception {
        Run run = run("{\"complainantRole\": ", "assess", "-");
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(run.json().get("error").asText()).isEqualTo("invalid JSON");
        assertThat(run.json().get("line").asInt()).isEqualTo(1);
        assertThat(run.err()).startsWith("csc-rules: invalid JSON: ").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void jsonThatDoesNotFitTheModelNamesTheField() throws Exception {
        Run misspelt = run("{\"complainantRole\": \"PARNT\"}", "assess");
        assertThat(misspelt.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(misspelt.json().get("path").asText()).isEqualTo("complainantRole");
        Run unknownField = run("{\"complainantRoel\": \"PARENT\"}", "assess");
        assertThat(unknownField.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(unknownField.json().get("error").asText()).isEqualTo("JSON that does not fit the model");
        assertThat(unknownField.err()).doesNotContain("\tat ");
    }

    @Test
    void anInvalidRequestIsExitCodeTwoWithEveryViolation() throws Exception {
        Run run = run("{\"complainantRole\": \"PARENT\", \"dates\": {\"received\": \"2005-01-01\", \"groundsArose\": \"2004-12-01\"}}",
                "assess", "--today", TODAY);
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        List<String> paths = new ArrayList<>();
        run.json().get("violations").forEach(v -> paths.add(v.get("path").asText()));
        assertThat(paths).containsExactly("child", "dates.received", "representation", "subject");
        assertThat(run.err()).contains("dates.received must be on or after 2006-09-01").hasLineCount(1);
    }

    /** The state {@code csc-rules start} writes for a complaint received on {@code received}, under {@code args}. */
    private static String started(String received, String... args) {
        List<String> command = new ArrayList<>(List.of("start", "--received", received, "--today", "2023-01-05"));
        command.addAll(List.of(args));
        Run run = run("", command.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    private static String step(String state, String event) {
        return "{\"state\": " + state + ", \"event\": " + event + "}";
    }

    @Test
    void aStateAndAnEventGetTheirTransition() throws Exception {
        String step = step(started("2022-12-12"), "{\"type\": \"STAGE_1_RESPONSE_SENT\", \"date\": \"2022-12-28\", \"delivery\": \"POST\"}");
        Run run = run(step, "process", "--today", "2023-01-05");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode transition = run.json();
        assertThat(transition.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(transition.get("state").get("stage").asText()).isEqualTo("STAGE_1_RESPONDED");
        // posted Wed 28 Dec 2022, deemed received Fri 30 Dec; 20 working days later (2 Jan a bank holiday): 30 Jan 2023
        assertThat(transition.get("deadlines").get(0).get("due").asText()).isEqualTo("2023-01-30");
    }

    @Test
    void aStateWithoutItsBasisIsRefusedNotGuessed() throws Exception {
        String step = """
                {"state": {"stage": "STAGE_1", "received": "2022-12-12", "stage1ClockStart": "2022-12-12",
                           "events": {}, "extensions": [], "deliveries": {}},
                 "event": {"type": "STAGE_1_RESPONSE_SENT", "date": "2022-12-28"}}""";
        Run run = run(step, "process", "--today", "2023-01-05");
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("csc-rules: state.basis must not be null" + System.lineSeparator());
    }

    /** A state keeps the policy it was started under: process counts on it, whatever --policy says, until recalculate. */
    @Test
    void aStateKeepsThePolicyItWasReceivedUnderUntilRecalculated() throws Exception {
        Path policy = Files.writeString(Files.createTempFile("policy", ".json"), "{\"closureDays\": [\"2022-12-22\"]}");
        String state = started("2022-12-12", "--policy", policy.toString());
        Run run = run(step(state, "{\"type\": \"STAGE_1_EXTENDED\", \"date\": \"2022-12-14\", \"extendedToWorkingDays\": 12, "
                + "\"reason\": \"complex\"}"), "process", "--today", "2023-01-05");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("state").get("basis").get("policy").get("closureDays").get(0).asText()).isEqualTo("2022-12-22");
        // 12 working days from 12 Dec with 22 Dec closed, 26 and 27 Dec bank holidays: 13-16 (4), 19-21, 23 (8), 28-30 (11), 3 Jan
        assertThat(run.json().get("deadlines").get(0).get("due").asText()).isEqualTo("2023-01-03");
        String extended = run.json().get("state").toString();
        Run without = run(step(extended, "{\"type\": \"STAGE_1_RESPONSE_SENT\", \"date\": \"2022-12-20\"}"), "process",
                "--today", "2023-01-05");
        assertThat(without.exit()).as(without.err()).isZero();
        assertThat(without.json().get("provenance").get("policy").get("closureDays").get(0).asText())
                .as("counted on the state's own policy, not on the defaults of this run").isEqualTo("2022-12-22");
        Run recalculated = run(extended, "recalculate", "--today", "2023-01-05");
        assertThat(recalculated.exit()).as(recalculated.err()).isZero();
        assertThat(recalculated.json().get("changedSettings").get(0).asText()).isEqualTo("closureDays");
        assertThat(recalculated.json().get("changes").get(0).get("before").asText()).isEqualTo("2023-01-03");
        assertThat(recalculated.json().get("changes").get(0).get("after").asText()).as("without the closure: 30 Dec")
                .isEqualTo("2022-12-30");
        assertThat(recalculated.json().get("state").get("basis").get("policy").get("closureDays")).isEmpty();
    }

    @Test
    void aDecisionRecordReplaysEqualAndATamperedOneSaysWhatDiffers() throws Exception {
        Run assessed = run(Files.readString(SAMPLES.resolve("care-leaver.json")), "assess", "--record", "--today", TODAY);
        assertThat(assessed.exit()).as(assessed.err()).isZero();
        assertThat(assessed.json().get("decision").get("provenance").get("rulebookVersion").asText()).startsWith("sha256:");
        Run replayed = run(assessed.out(), "replay");
        assertThat(replayed.exit()).as(replayed.err()).isZero();
        assertThat(replayed.json().get("equal").asBoolean()).isTrue();
        assertThat(replayed.json().get("explanation").asText()).isEqualTo("The replay gives the recorded decision.");
        Run tampered = run(assessed.out().replaceFirst("\"rulebookVersion\" : \"sha256:[0-9a-f]+\"",
                "\"rulebookVersion\" : \"sha256:0000000000000000\""), "replay");
        assertThat(tampered.exit()).isZero();
        assertThat(tampered.json().get("equal").asBoolean()).isFalse();
        assertThat(tampered.json().get("sameAnswer").asBoolean()).isTrue();
        assertThat(tampered.json().get("differences").get(0).asText()).isEqualTo("RULEBOOK");
        assertThat(tampered.json().get("seal").asText()).isEqualTo("ALTERED");
        assertThat(tampered.json().get("altered").get(0).asText()).isEqualTo("decision");
        assertThat(tampered.json().get("explanation").asText())
                .isEqualTo("The record was altered after it was sealed: decision.");
        assertThat(replayed.json().get("seal").asText()).isEqualTo("INTACT");
        Path key = Files.createTempFile("council", ".key");
        try {
            Files.writeString(key, "a council's own secret");
            Run keyed = run(Files.readString(SAMPLES.resolve("care-leaver.json")), "assess", "--record", "--today", TODAY,
                    "--key-file", key.toString());
            assertThat(run(keyed.out(), "replay", "--key-file", key.toString()).json().get("seal").asText()).isEqualTo("INTACT");
            assertThat(run(keyed.out(), "replay").json().get("seal").asText()).isEqualTo("KEY_NEEDED");
        } finally {
            Files.delete(key);
        }
        Run broken = run("{not a record", "replay");
        assertThat(broken.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(broken.json().get("input").asText()).isEqualTo("record");
        assertThat(broken.err()).isEqualTo("csc-rules: invalid JSON: record is not valid JSON (line 1, column 2)\n");
    }

    @Test
    void theVersionIsTheLibrarysOwn() {
        Run run = run("", "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("csc-rules " + org.cscrules.core.decision.Provenance.LIBRARY_VERSION);
    }

    @Test
    void anImpossibleEventIsAnAnswerNotAnError() throws Exception {
        Run run = run(step(started("2022-12-12"), "{\"type\": \"PANEL_HELD\", \"date\": \"2022-12-20\"}"), "process",
                "--today", "2023-01-05");
        assertThat(run.exit()).isZero();
        assertThat(run.json().get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(run.json().get("rulings").get(0).get("ruleId").asText()).isEqualTo("STAGE-NOT-IN-THIS-STAGE");
    }

    /**
     * #13: an input longer than --max-input-bytes is refused as it streams in, never read whole:
     * a generated stream (an object opened, then spaces without end) ends in exit code 2.
     */
    @Test
    void anEndlessInputIsRefusedAsItStreamsIn() throws Exception {
        java.io.InputStream endless = new java.io.InputStream() {
            private long given;

            @Override
            public int read() {
                return given++ == 0 ? '{' : ' ';
            }
        };
        Run run = run(endless, "assess", "--max-input-bytes", "100000");
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(run.json().get("error").asText()).isEqualTo("input too large");
        assertThat(run.json().get("input").asText()).isEqualTo("request");
        assertThat(run.json().get("limitBytes").asLong()).isEqualTo(100000);
        assertThat(run.err()).hasLineCount(1).contains("--max-input-bytes");
    }

    @Test
    void aMissingFileOrAnInvalidPolicyIsExitCodeTwo() throws Exception {
        Run missing = run("", "assess", "no-such-file.json");
        assertThat(missing.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(missing.json().get("error").asText()).isEqualTo("not found");
        assertThat(missing.json().get("input").asText()).isEqualTo("request");
        Run missingPolicy = run("", "assess", "--policy", "no-such-policy.json", SAMPLES.resolve("care-leaver.json").toString());
        assertThat(missingPolicy.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(missingPolicy.json().get("error").asText()).isEqualTo("not found");
        assertThat(missingPolicy.json().get("input").asText()).isEqualTo("policy");
        Run empty = run("", "assess");
        assertThat(empty.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(empty.json().get("error").asText()).isEqualTo("empty input");
        assertThat(empty.json().get("input").asText()).isEqualTo("request");
        Path policy = Files.createTempFile("policy", ".json");
        try {
            Files.writeString(policy, "{\"acknowledgementWorkingDays\": -3}");
            Run badPolicy = run("", "assess", "--policy", policy.toString(), SAMPLES.resolve("care-leaver.json").toString());
            assertThat(badPolicy.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
            assertThat(badPolicy.json().get("input").asText()).isEqualTo("policy");
            assertThat(badPolicy.err()).contains("acknowledgementWorkingDays").doesNotContain("\tat ").hasLineCount(1);
            Files.writeString(policy, "{\"acknowledgementWorkingDays\": -3, \"gatekeeping\": \"OFTEN\", \"noSuchSetting\": true}");
            Run everyProblem = run("", "assess", "--policy", policy.toString(), SAMPLES.resolve("care-leaver.json").toString());
            assertThat(everyProblem.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
            assertThat(everyProblem.json().get("error").asText()).isEqualTo("invalid request");
            List<String> violations = new ArrayList<>();
            everyProblem.json().get("violations").forEach(v -> violations.add(v.get("path").asText() + ": " + v.get("message").asText()));
            assertThat(violations).as("one violation per setting, in the usual form").containsExactly(
                    "acknowledgementWorkingDays: must be a whole number from 0 to 20",
                    "gatekeeping: must be one of NONE, REASONED_REFUSAL_ON_STATUTORY_GROUNDS, COUNCIL_DISCRETION",
                    "noSuchSetting: is not a setting of LocalPolicy; the settings are listed in docs/POLICY.md");
            assertThat(everyProblem.out()).doesNotContain("OFTEN");
        } finally {
            Files.delete(policy);
        }
    }

    @Test
    void deadlinesBeyondTheCalendarAreExitCodeTwo() throws Exception {
        // received 10 Dec 2099: the stage 1 maximum, 20 working days on, would fall in 2100
        Run run = run("", "start", "--received", "2099-12-10", "--today", "2099-12-31");
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(run.json().get("error").asText()).isEqualTo("date outside the calendar");
    }

    @Test
    void withoutACommandTheUsageAndExitCodeTwo() {
        Run run = run("");
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(run.err()).contains("Usage: csc-rules", "assess", "replay", "start", "process", "recalculate");
    }
}
