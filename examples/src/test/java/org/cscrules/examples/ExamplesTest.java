package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The ten-line examples run and print what their comments promise. */
class ExamplesTest {

    private static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void assessExample() {
        assertThat(run(AssessExample::main).lines()).startsWith("ELIGIBLE")
                .contains("WHO-E2-PARENT [Children Act 1989 s26(3)(b); Children Act 1989 s26(3A)(a)]", "T2_STAGE_1_RESPONSE DUE 2022-09-27");
    }

    /**
     * The README's Java example is the body of {@link AssessExample#main} as written, and what the
     * README says it prints is what it prints, line for line.
     */
    @Test
    void theReadmesJavaExampleIsAssessExampleAndPrintsAsShown() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), StandardCharsets.UTF_8);
        String shownCode = mainBody("AssessExample");
        assertThat(shownCode.lines()).hasSizeGreaterThan(5);
        assertThat(readme).contains("```java\n" + shownCode + "```\n\nIt prints:\n\n```\n");
        String shownOutput = readme.split("```\n\nIt prints:\n\n```\n", 2)[1].split("```", 2)[0];
        assertThat(run(AssessExample::main)).isEqualToNormalizingNewlines(shownOutput);
    }

    /**
     * The README's "what would change the answer" is the body of {@link WhatIfExample#main} as
     * written, and what the README says it prints is what it prints, line for line.
     */
    @Test
    void theReadmesWhatIfExampleIsWhatIfExampleAndPrintsAsShown() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), StandardCharsets.UTF_8);
        String shownCode = mainBody("WhatIfExample");
        String block = "```java\n" + shownCode + "```\n\nIt prints:\n\n```\n";
        assertThat(readme).contains(block);
        String shownOutput = readme.split(java.util.regex.Pattern.quote(block), 2)[1].split("```", 2)[0];
        assertThat(run(WhatIfExample::main)).isEqualToNormalizingNewlines(shownOutput);
    }

    /** The body of an example's {@code main}, as the README shows it: unindented, each line ending in a newline. */
    private static String mainBody(String example) throws java.io.IOException {
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/org/cscrules/examples/" + example + ".java"), StandardCharsets.UTF_8);
        String body = source.split("public static void main\\(String\\[] args\\) \\{\n", 2)[1].split("\n    }\n", 2)[0];
        return body.lines().map(line -> line.substring(8)).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    @Test
    void journeyExample() {
        assertThat(run(JourneyExample::main).lines())
                .anyMatch(l -> l.startsWith("STAGE_1_RESPONSE_SENT: ALLOWED -> STAGE_1_RESPONDED"))
                .anyMatch(l -> l.startsWith("STAGE_2_REQUESTED: ALLOWED -> STAGE_2"))
                .anyMatch(l -> l.startsWith("PANEL_HELD: REFUSED -> STAGE_2"));
    }

    @Test
    void auditExample() {
        assertThat(run(AuditExample::main).lines()).containsExactly(
                org.cscrules.core.EligibilityService.create().assess(SampleComplaints.sample("parent-of-child-in-need"))
                        .provenance().rulebookVersion() + " true: The replay gives the recorded decision.",
                // 10 and 20 working days from Mon 2 Nov 2026; with Thu 12 Nov closed, one day later each
                "still 2026-11-16; recalculated: [DeadlineChange[timescale=T2_STAGE_1_RESPONSE, kind=DUE, before=2026-11-16, "
                        + "after=2026-11-17], DeadlineChange[timescale=T2_STAGE_1_RESPONSE, kind=LATEST_IF_EXTENDED, "
                        + "before=2026-11-30, after=2026-12-01]]");
    }

    /** Stage 1 from Mon 2 Mar 2026 (10 working days: 16 Mar), suspended on the 4th with 8 left, resumed Mon 13 Apr: 23 Apr. */
    @Test
    void chronologyExample() {
        assertThat(run(ChronologyExample::main).lines())
                .startsWith("The replay gives every recorded transition (3 steps).", "# Chronology of the complaint received on 2026-03-02")
                .anyMatch(l -> l.startsWith("| 2026-03-04 | CONSIDERATION_SUSPENDED | ALLOWED | STAGE-SUSPENDED (SI 2006/1738 reg. 8) |"))
                .anyMatch(l -> l.startsWith("| 2026-04-28 | STAGE_1_RESPONSE_SENT | ALLOWED |")
                        && l.contains("T2_STAGE_1_RESPONSE DUE 2026-04-23 (SI 2006/1738 reg. 14; SI 2006/1738 reg. 8; "
                                + "the library's procedural rule on suspension): missed"))
                .contains("## Deadlines running as at 2026-05-06");
    }

    /** The guide's block on the law behind every answer (docs/GUIDE.md) is shown as written, and prints what its comment says. */
    @Test
    void theGuidesLawExampleHolds() throws Exception {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/GUIDE.md"));
        assertThat(guide).contains(
                "for (LawSection section : decision.reasons().get(0).citation().lawSections()) {",
                "    System.out.println(section.citedAs() + \": \" + section.address().orElse(section.link()));",
                "// Children Act 1989 s26: https://www.legislation.gov.uk/ukpga/1989/41/section/26");
        org.cscrules.core.decision.EligibilityDecision decision = org.cscrules.core.EligibilityService.create()
                .assess(SampleComplaints.sample("parent-of-child-in-need"));
        List<String> printed = new java.util.ArrayList<>();
        for (org.cscrules.core.law.LawSection section : decision.reasons().get(0).citation().lawSections()) {
            printed.add(section.citedAs() + ": " + section.address().orElse(section.link()));
        }
        assertThat(printed).containsExactly("Children Act 1989 s26: https://www.legislation.gov.uk/ukpga/1989/41/section/26");
    }

    /** The block of docs/AUDIT.md is shown as written, and does what its comments say. */
    @Test
    void theAuditPagesReplayExampleHolds() throws Exception {
        String audit = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/AUDIT.md"));
        assertThat(audit).contains(
                "EligibilityDecision decision = service.assess(request);",
                "String json = CscRulesJson.write(new DecisionRecord(request, decision));",
                "Replay replay = EligibilityService.replay(CscRulesJson.read(json, DecisionRecord.class));",
                "replay.equal();", "replay.explanation();");
        org.cscrules.core.EligibilityService service = org.cscrules.core.EligibilityService.create();
        org.cscrules.core.request.ComplaintRequest request = SampleComplaints.sample("late-complaint");
        org.cscrules.core.decision.EligibilityDecision decision = service.assess(request);
        String json = org.cscrules.json.CscRulesJson.write(new org.cscrules.core.audit.DecisionRecord(request, decision));
        org.cscrules.core.audit.Replay replay = org.cscrules.core.EligibilityService.replay(
                org.cscrules.json.CscRulesJson.read(json, org.cscrules.core.audit.DecisionRecord.class));
        assertThat(replay.equal()).isTrue();
        assertThat(replay.explanation()).isEqualTo("The replay gives the recorded decision.");
        assertThat(json).contains("\"rulebookVersion\"", "\"calendarDataVersion\"", "\"asAt\"", "\"policy\"");
        assertThat(json).as("a decision's JSON carries each citation's sections and addresses")
                .contains("\"sections\" : [ \"si2006-reg9\" ]", "\"addresses\" : [ \"https://www.legislation.gov.uk/uksi/2006/1738/regulation/9\" ]");
    }

    @Test
    void councilPolicyExample() {
        assertThat(run(CouncilPolicyExample::main).lines())
                // 13-16 Dec (4), 19-23 (9), 26 and 27 Dec bank holidays, 28-30 closed, 2 Jan bank holiday, 3 Jan (10)
                .anyMatch(l -> l.startsWith("T2_STAGE_1_RESPONSE DUE 2023-01-03 [LOCAL_POLICY: LocalPolicy.closureDays]"));
    }
}
