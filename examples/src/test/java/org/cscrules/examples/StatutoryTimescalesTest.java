package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cscrules.core.law.Timescale.T2_STAGE_1_RESPONSE;
import static org.cscrules.core.law.Timescale.T6_STAGE_2_RESPONSE;
import static org.cscrules.test.StatuteAssertions.assertThatDeadline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cscrules.test.junit.EveryDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * How another system's test suite uses csc-rules, with the test kit (csc-rules-test): {@link
 * CaseSystem} computes its own stage 1 and stage 2 deadlines, and this test holds them to the
 * statutory ones (reg. 14 and reg. 17, ordinary and extended) for every day of three years. A wrong
 * date fails saying how many working days off it is and which days between are not working days.
 */
class StatutoryTimescalesTest {

    @ParameterizedTest
    @EveryDay(from = "2022-01-01", to = "2024-12-31")
    void theCaseSystemsDeadlinesAreTheStatutoryOnes(LocalDate start) {
        assertThatDeadline(CaseSystem.workingDaysAfter(start, 10)).isDueFor(T2_STAGE_1_RESPONSE, start);
        assertThatDeadline(CaseSystem.workingDaysAfter(start, 20)).isLatestIfExtendedFor(T2_STAGE_1_RESPONSE, start);
        assertThatDeadline(CaseSystem.workingDaysAfter(start, 25)).isDueFor(T6_STAGE_2_RESPONSE, start);
        assertThatDeadline(CaseSystem.workingDaysAfter(start, 65)).isLatestIfExtendedFor(T6_STAGE_2_RESPONSE, start);
    }

    /** The README's complete test is {@link Stage1DeadlineTest}, as written there, and runs as part of this build. */
    @Test
    void theReadmesTestIsStage1DeadlineTest() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String test = Files.readString(Path.of("src/test/java/org/cscrules/examples/Stage1DeadlineTest.java"), StandardCharsets.UTF_8);
        assertThat(readme).contains(test.substring(test.indexOf("import static")));
    }
}
