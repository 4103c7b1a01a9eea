package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;
import org.junit.jupiter.api.Test;

/**
 * The two lines for a quiet start (docs/ADOPTING.md), in a JVM of its own as an application is: with an SLF4J
 * binding on the class path (slf4j-nop) and JBoss Logging sent to SLF4J, the library's first use
 * prints nothing but the application's own output; with neither, SLF4J's warning and Hibernate
 * Validator's version line appear; with the binding alone, the version line still does. So both
 * lines are needed, and the page says so.
 */
class QuietStartTest {

    /** An application's first use of the library: one assessment, its outcome printed. */
    public static final class FirstUse {

        private FirstUse() {
        }

        /**
         * @param args none
         */
        public static void main(String[] args) {
            System.out.println(EligibilityService.create(LocalPolicy.statutoryDefaults()).assess(ComplaintRequest.of(
                    ComplainantRole.PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12),
                    Representation.inOwnRight(),
                    Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                    ComplaintDates.of(LocalDate.of(2022, 9, 12), LocalDate.of(2022, 8, 1)))).outcome());
        }
    }

    /** The page's second line, as a JVM option. */
    private static final String TO_SLF4J = "-Dorg.jboss.logging.provider=slf4j";

    /** The page gives the two lines this test runs with: the binding and JBoss Logging sent to SLF4J. */
    @Test
    void theAdoptingPageGivesTheTwoLines() throws IOException {
        String page = java.nio.file.Files.readString(Path.of("..", "docs", "ADOPTING.md"), StandardCharsets.UTF_8);
        assertThat(page).contains("<artifactId>slf4j-nop</artifactId>", "System.setProperty(\"org.jboss.logging.provider\", \"slf4j\");",
                "`" + TO_SLF4J + "`");
        assertThat(classPath()).as("the binding the page names is the one this test runs with").contains("slf4j-nop");
    }

    @Test
    void withThePagesTwoLinesTheFirstUsePrintsNothingOfItsOwn() throws Exception {
        assertThat(run(classPath(), TO_SLF4J)).isEqualTo("ELIGIBLE\n");
    }

    @Test
    void withNeitherSlf4jAndHibernateValidatorSpeak() throws Exception {
        assertThat(run(withoutBinding())).contains("ELIGIBLE", "No SLF4J providers were found", "HV000001");
    }

    @Test
    void withTheBindingAloneHibernateValidatorStillSpeaks() throws Exception {
        assertThat(run(classPath())).contains("ELIGIBLE", "HV000001").doesNotContain("SLF4J");
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    private static String withoutBinding() {
        String without = Arrays.stream(classPath().split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("slf4j-nop"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(without).as("the test's own class path had the binding").isNotEqualTo(classPath());
        return without;
    }

    /** Everything the JVM printed, standard output and error together. */
    private static String run(String classPath, String... options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", classPath, FirstUse.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.replace("\r\n", "\n");
    }
}
