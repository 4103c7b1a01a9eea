package org.cscrules.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines of the README and of docs/COMMAND-LINE.md, run as shown with the launcher the
 * build made, in a directory of their own (beside the project's csc-rules-cli and examples): the
 * README's example prints what the README shows; each one-call line of the page's "Three ways" exits
 * as its comment says; the JSON lines block answers every sample, one line each; the HTTP block gets
 * the care leaver's decision (on a free port in place of 8080). Skipped when the launcher is not built
 * (a module built alone); the whole build, and CI, always build it first.
 */
class CommandLineReadmeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("csc-rules-cli/target/csc-rules");
    private static List<String> blocks;
    private static String readmeSection;

    @TempDir
    Path work;

    @BeforeAll
    static void readTheReadmeAndThePage() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/COMMAND-LINE.md"), StandardCharsets.UTF_8);
        blocks = shBlocks(section(page, "## Three ways"));
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        readmeSection = section(readme, "## The command line");
    }

    /** The text of a Markdown section, from its heading to the next of its level. */
    private static String section(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf("\n" + heading + "\n") + 1);
        return section.substring(0, section.indexOf("\n## ", 5));
    }

    private static List<String> shBlocks(String markdown) {
        List<String> found = new ArrayList<>();
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (block.find()) {
            found.add(block.group(1));
        }
        return found;
    }

    /** What a script printed, and its exit code. */
    private record Run(int exit, String out) {
    }

    private Run bash(String script) throws Exception {
        Files.deleteIfExists(work.resolve("csc-rules-cli"));
        Files.deleteIfExists(work.resolve("examples"));
        Files.createSymbolicLink(work.resolve("csc-rules-cli"), ROOT.resolve("csc-rules-cli"));
        Files.createSymbolicLink(work.resolve("examples"), ROOT.resolve("examples"));
        Process process = new ProcessBuilder("bash", "-c", script).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", script).isTrue();
        return new Run(process.exitValue(), out);
    }

    /** The links go before the directory does (JUnit would warn of them). */
    @org.junit.jupiter.api.AfterEach
    void unlink() throws IOException {
        Files.deleteIfExists(work.resolve("csc-rules-cli"));
        Files.deleteIfExists(work.resolve("examples"));
    }

    @Test
    void theBlocksAreThere() {
        assertThat(blocks).hasSize(3);
        assertThat(shBlocks(readmeSection)).hasSize(1);
    }

    /** Every line the README shows of the answer is printed, in the same order; "..." stands for lines left out. */
    @Test
    void theReadmesExamplePrintsWhatTheReadmeShows() throws Exception {
        assumeTrue(Files.isExecutable(LAUNCHER), "the launcher is built by csc-rules-cli's package phase");
        String command = shBlocks(readmeSection).get(0);
        assertThat(command.strip().lines()).hasSize(1);
        List<String> shown = readmeSection.split("It prints \\(trimmed; \"...\" marks lines left out\\):\n\n```\n", 2)[1]
                .split("```", 2)[0].lines().filter(line -> !line.equals("...")).toList();
        Run run = bash(command);
        assertThat(run.exit()).as("%s%n%s", command, run.out()).isZero();
        List<String> printed = run.out().lines().toList();
        int next = 0;
        for (String line : shown) {
            int found = printed.subList(next, printed.size()).indexOf(line);
            assertThat(found).as("README line, in order: %s%n%s", line, run.out()).isNotNegative();
            next += found + 1;
        }
        assertThat(shown).hasSizeGreaterThan(5).contains("  \"outcome\" : \"ELIGIBLE\",");
    }

    @Test
    void eachOneCallLineExitsAsItsCommentSays() throws Exception {
        assumeTrue(Files.isExecutable(LAUNCHER), "the launcher is built by csc-rules-cli's package phase");
        for (String line : blocks.get(0).strip().split("\n")) {
            Run run = bash(line);
            assertThat(run.exit()).as("%s%n%s", line, run.out()).isEqualTo(line.contains("# exit code 2") ? 2 : 0);
        }
        assertThat(Files.readString(work.resolve("record.json"))).contains("\"decision\"");
    }

    @Test
    void jsonLinesAnswerEverySampleOneLineEach() throws Exception {
        assumeTrue(Files.isExecutable(LAUNCHER), "the launcher is built by csc-rules-cli's package phase");
        Run run = bash("set -e\n" + blocks.get(1));
        assertThat(run.exit()).as(run.out()).isZero();
        List<String> answers = Files.readAllLines(work.resolve("decisions.jsonl"));
        assertThat(answers).hasSize(8).allSatisfy(answer -> assertThat(answer).startsWith("{\"outcome\":"));
    }

    @Test
    void theServiceAnswersTheCareLeaver() throws Exception {
        assumeTrue(Files.isExecutable(LAUNCHER), "the launcher is built by csc-rules-cli's package phase");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Run run = bash(blocks.get(2).replace("8080", String.valueOf(port)));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("\"outcome\" : \"ELIGIBLE\"", "WHO-E13-CARE-LEAVER");
    }
}
