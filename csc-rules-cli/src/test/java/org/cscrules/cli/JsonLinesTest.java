package org.cscrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.core.EligibilityService;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * JSON lines as a caller meets them: one answer a line, in order, each the library's own; a bad line
 * gets its problem on its own line and the rest go on; the exit code says whether any line was bad.
 */
class JsonLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run printed, and its exit code. */
    private record Run(int exit, List<String> lines, String err) {
    }

    private static Run run(String stdin, String... args) {
        CommandLine commandLine = CscRulesCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString().lines().toList(), err.toString());
    }

    /** 2,000 different requests: 2,000 lines, each the library's own answer to its line, in the order given. */
    @Test
    void manyLinesAreAnsweredInOrderEachAsTheLibraryWould() {
        EligibilityService service = Requests.service();
        List<String> requests = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            requests.add(Requests.nth(n));
        }
        Run run = run(String.join("\n", requests) + "\n", "assess", "--lines", "--today", Requests.TODAY.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(requests.size());
        for (int n = 0; n < requests.size(); n++) {
            assertThat(run.lines().get(n)).as("line %s", n + 1).isEqualTo(Requests.libraryAnswer(service, requests.get(n)));
        }
        assertThat(run.lines().stream().map(line -> line.contains("\"DISCRETION_REQUIRED\"")).distinct()).as("the answers differ")
                .containsExactlyInAnyOrder(true, false);
    }

    /** With --what-if, each line's decision carries the library's own alternatives; without, none. */
    @Test
    void whatIfAddsTheLibrarysAlternativesToEachLine() {
        EligibilityService service = Requests.service();
        List<String> requests = List.of(Requests.nth(39), Requests.nth(1));
        Run run = run(String.join("\n", requests) + "\n", "assess", "--lines", "--what-if", "--today", Requests.TODAY.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        for (int n = 0; n < requests.size(); n++) {
            assertThat(run.lines().get(n)).as("line %s", n + 1).isEqualTo(org.cscrules.json.CscRulesJson.writeLine(
                    service.assessWithAlternatives(org.cscrules.json.CscRulesJson.read(requests.get(n),
                            org.cscrules.core.request.ComplaintRequest.class))));
        }
        assertThat(run.lines().get(0)).as("the late complaint").contains("\"alternatives\"", "COULD_NOT_COMPLAIN_IN_TIME");
        assertThat(run.lines().get(1)).as("a complaint in time, nothing open that changes it").doesNotContain("\"alternatives\"");
    }

    /** Bad lines among good ones: each gets its problem on its line, with its number; the rest are answered; exit code 2. */
    @Test
    void aBadLineGetsItsProblemAndTheRestGoOn() throws Exception {
        String good = Requests.nth(1);
        String input = String.join("\n", good, "{\"complainantRole\": ", "", "{\"complainantRole\": \"PARENT\"}",
                "{\"complainantRole\": \"" + "x".repeat(3000) + "\"}", good) + "\r\n";
        Run run = run(input, "assess", "--lines", "--today", Requests.TODAY.toString(), "--max-input-bytes", "2000");
        assertThat(run.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(run.lines()).hasSize(6);
        assertThat(json(run, 0).get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(json(run, 1).get("error").asText()).isEqualTo("invalid JSON");
        assertThat(json(run, 1).get("inputLine").asInt()).isEqualTo(2);
        assertThat(json(run, 2).get("error").asText()).isEqualTo("empty input");
        assertThat(json(run, 3).get("error").asText()).isEqualTo("invalid request");
        assertThat(json(run, 3).get("violations").size()).isPositive();
        assertThat(json(run, 4).get("error").asText()).isEqualTo("input too large");
        assertThat(json(run, 4).get("limitBytes").asInt()).isEqualTo(2000);
        assertThat(json(run, 5).get("outcome").asText()).as("a carriage return before the line feed is dropped").isEqualTo("ELIGIBLE");
        assertThat(run.err()).isEqualTo("csc-rules: 2 lines answered, 4 bad (their problems on their lines), 0 internal errors"
                + System.lineSeparator());
        assertThat(String.join("\n", run.lines())).as("no value typed is repeated").doesNotContain("xxxx");
    }

    /** A decision record a line replays a line; a state and an event a line gets its transition a line. */
    @Test
    void replayAndProcessTakeLinesToo() throws Exception {
        Run recorded = run(Requests.nth(3) + "\n" + Requests.nth(4) + "\n", "assess", "--lines", "--record", "--today",
                Requests.TODAY.toString());
        assertThat(recorded.exit()).as(recorded.err()).isZero();
        Run replayed = run(String.join("\n", recorded.lines()), "replay", "--lines");
        assertThat(replayed.exit()).as(replayed.err()).isZero();
        assertThat(replayed.lines()).hasSize(2).allSatisfy(line -> assertThat(JSON.readTree(line).get("equal").asBoolean()).isTrue());
        String stateJson = org.cscrules.json.CscRulesJson.writeLine(new Operations(org.cscrules.core.policy.LocalPolicy.statutoryDefaults(),
                Requests.CLOCK, null).start(Requests.TODAY.minusDays(10), null));
        String step = "{\"state\": " + stateJson + ", \"event\": {\"type\": \"STAGE_1_RESPONSE_SENT\", \"date\": \""
                + Requests.TODAY.minusDays(1) + "\"}}";
        Run processed = run(step + "\n" + "{\"state\": null, \"event\": null}\n", "process", "--lines", "--today", Requests.TODAY.toString());
        assertThat(processed.exit()).isEqualTo(CscRulesCommand.INVALID_INPUT);
        assertThat(JSON.readTree(processed.lines().get(0)).get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(JSON.readTree(processed.lines().get(1)).get("input").asText()).isEqualTo("step");
    }

    private static JsonNode json(Run run, int line) throws Exception {
        return JSON.readTree(run.lines().get(line));
    }
}
