package org.cscrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code replay --lines --remedies}: the kept records 0.1.0 wrote ({@code compat/0.1.0/remedy/}), one
 * a line under the council's reference, each answered "same" or with its remedy, in order, and the
 * list for a lawyer written beside as Markdown and CSV.
 */
class RemedyLinesTest {

    private static final Path FIXTURE = Path.of("..", "compat", "0.1.0", "remedy");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachKeptRecordIsAnsweredOnItsLineAndTheListWrittenBeside(@TempDir Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                String record = Files.readString(file, StandardCharsets.UTF_8).replace("\n", " ");
                lines.add("{\"reference\": \"" + name + "\", \"" + (name.endsWith(".journey") ? "journey" : "decision") + "\": " + record + "}");
            }
        }
        CommandLine command = CscRulesCommand.commandLine(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        StringWriter answers = new StringWriter();
        command.setOut(new PrintWriter(answers));
        command.setErr(new PrintWriter(new StringWriter()));
        Path summary = out.resolve("remedies");
        assertThat(command.execute("replay", "--lines", "--remedies", "--summary", summary.toString())).isZero();
        List<String> written = answers.toString().lines().toList();
        assertThat(written).hasSize(lines.size());
        for (int i = 0; i < written.size(); i++) {
            JsonNode answer = JSON.readTree(written.get(i));
            String reference = answer.get("reference").asText();
            assertThat(answer.get("same").asBoolean()).as(reference).isEqualTo(reference.startsWith("same-"));
            if (!reference.startsWith("same-")) {
                assertThat(answer.get("remedy").get("corrections").size()).as(reference).isPositive();
            }
        }
        assertThat(Files.readString(Path.of(summary + ".md"))).contains("15 records checked; 11 answered differently");
        assertThat(Files.readAllLines(Path.of(summary + ".csv"))).hasSize(12);
    }
}
