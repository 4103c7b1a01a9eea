package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's run command: what it prints, and docs/EXAMPLES.md showing it (trimmed) as it is. */
class SampleComplaintsTest {

    private static List<String> output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleComplaints.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everySampleIsAssessedAndTheJourneyEndsClosed() {
        List<String> lines = output();
        for (String sample : SampleComplaints.SAMPLES) {
            assertThat(lines).anyMatch(line -> line.startsWith("== " + sample + ": "));
        }
        assertThat(lines).contains("== child-protection-conference: NOT_ELIGIBLE -> CHILD_PROTECTION_CONFERENCE_ROUTE");
        assertThat(lines.get(lines.size() - 1)).endsWith("FINAL_RESPONSE_SENT: ALLOWED (SI 2006/1738 reg. 20(3)) -> CLOSED");
        assertThat(lines).noneMatch(line -> line.contains("REFUSED")).noneMatch(line -> line.contains("[provisional]"));
    }

    /**
     * The README gives the run command, and every line docs/EXAMPLES.md shows of what it prints is
     * printed, in the same order; "..." stands for lines left out.
     */
    @Test
    void theExamplesPageShowsWhatTheReadmesRunCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("mvn -q -pl examples -am compile exec:java\n");
        assertThat(Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8))
                .as("the run command's program").contains("<exec.mainClass>" + SampleComplaints.class.getName() + "</exec.mainClass>");
        String page = Files.readString(Path.of("..", "docs", "EXAMPLES.md"), StandardCharsets.UTF_8);
        assertThat(page).contains("```sh\nmvn -q -pl examples -am compile exec:java\n```\n\nIt prints (trimmed;");
        List<String> shown = page.split("It prints \\(trimmed; \"...\" marks lines left out\\):\n\n```\n", 2)[1]
                .split("```", 2)[0].lines().filter(line -> !line.equals("...")).toList();
        List<String> printed = output();
        int next = 0;
        for (String line : shown) {
            int found = printed.subList(next, printed.size()).indexOf(line);
            assertThat(found).as("docs/EXAMPLES.md line, in order: %s", line).isNotNegative();
            next += found + 1;
        }
        assertThat(shown).hasSizeGreaterThan(20);
    }
}
