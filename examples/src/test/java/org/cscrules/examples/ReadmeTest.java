package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README is the front door: short enough to read at once, and its two commands the ones the
 * project runs. The first (the run command) is held to what it prints by {@link SampleComplaintsTest};
 * the second, the test command, must be the one CI runs, so that a newcomer's green is CI's green.
 */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** The two commands of the README's "Two commands" block, without their comments. */
    private static List<String> twoCommands() throws IOException {
        String readme = readme();
        String section = readme.substring(readme.indexOf("\n## Two commands\n"));
        String block = section.split("```sh\n", 2)[1].split("```", 2)[0];
        return block.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    @Test
    void theReadmeIsUnder150Lines() throws IOException {
        assertThat(readme().lines().count()).isLessThan(150);
    }

    @Test
    void theReadmeGivesTwoCommandsTheRunCommandFirst() throws IOException {
        assertThat(twoCommands()).hasSize(2).first().isEqualTo("mvn -q -pl examples -am compile exec:java");
    }

    @Test
    void ciRunsTheReadmesTestCommandAsWritten() throws IOException {
        String testCommand = twoCommands().get(1);
        assertThat(testCommand).startsWith("mvn ").endsWith(" verify");
        assertThat(Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8)).contains(testCommand);
    }
}
