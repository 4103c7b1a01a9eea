package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cscrules.calendar.DateOutOfRangeException;
import org.cscrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DeadlinesForDateTest {

    private static String run(LocalDate start) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeadlinesForDate.print(WorkingDayCalendar.englandAndWales(), start, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEachDeadlineWithItsCitationAndTheDaysSkipped() {
        assertThat(run(LocalDate.of(2022, 12, 23)).lines())
                .contains("  10  Wed 11 Jan 2023  stage 1 response, if the complaint was received that day (reg. 14)",
                        "  65  Wed 29 Mar 2023  stage 2 response at the latest, if extended (reg. 17)",
                        "  Tue 27 Dec 2022  Christmas Day (substitute day)",
                        "  Mon 2 Jan 2023   New Year's Day (substitute day)")
                .noneMatch(line -> line.contains("provisional"))
                .noneMatch(line -> line.contains("Sun 25 Dec 2022"));
    }

    @Test
    void marksDeadlinesBeyondTheOfficialListAsProvisional() {
        assertThat(run(LocalDate.of(2028, 11, 1)))
                .contains("  65  Mon 5 Feb 2029   stage 2 response at the latest, if extended [provisional] (reg. 17)")
                .contains("[provisional]: after 2028-12-31");
    }

    @Test
    void refusesADateOutsideTheCalendarBeforePrintingAnything() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> DeadlinesForDate.print(WorkingDayCalendar.englandAndWales(), LocalDate.of(2130, 1, 1),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isInstanceOf(DateOutOfRangeException.class);
        assertThat(bytes.size()).isZero();
    }

    /** The guide (docs/GUIDE.md) shows what the run command prints; this keeps the two the same. */
    @Test
    void theGuideShowsWhatTheRunCommandPrints() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "GUIDE.md"), StandardCharsets.UTF_8);
        assertThat(guide).contains("exec:java -Dexec.mainClass=org.cscrules.examples.DeadlinesForDate -Dexec.args=2022-12-23");
        String shown = guide.split("-Dexec.args=2022-12-23\n```\n\n```\n", 2)[1].split("```", 2)[0];
        assertThat(run(LocalDate.of(2022, 12, 23))).isEqualToNormalizingNewlines(shown);
    }
}
