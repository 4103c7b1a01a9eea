package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.ProvenancePart;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data csc-rules 0.1.0 wrote ({@code compat/0.1.0/}) still reads, and gives the same answers:
 * a replayed decision record differs in its provenance only in the library and rulebook versions,
 * and in its answer only where a later release changed one on purpose, by the rules {@link
 * #CHANGED_ON_PURPOSE} names and CHANGELOG.md lists. Every later release keeps this test and adds
 * its own data beside it.
 */
class Release010DataTest {

    private static final Path DATA = Path.of("..", "compat", "0.1.0");

    /**
     * The rules whose reasons or rulings 0.2.0 changed on purpose, with why: each is in CHANGELOG.md.
     * A reason of any other rule must replay exactly.
     */
    static final Map<String, String> CHANGED_ON_PURPOSE = Map.ofEntries(
            Map.entry("ACT-ACKNOWLEDGE", "a note: effect NEUTRAL"),
            Map.entry("ACT-ADVOCACY-CHILD", "a note: effect NEUTRAL"),
            Map.entry("ACT-ADVOCACY-CARE-LEAVER", "a note: effect NEUTRAL"),
            Map.entry("TIME-IN-TIME", "a note: effect NEUTRAL"),
            Map.entry("REP-RELATES-TO-CHILD", "a note: effect NEUTRAL"),
            Map.entry("REP-VIEWS-NOT-SOUGHT", "a note: effect NEUTRAL"),
            Map.entry("SCOPE-NEXT-DAY-NOT-EXCLUDED", "a note: effect NEUTRAL"),
            Map.entry("SCOPE-ALREADY-CONSIDERED", "a note: effect NEUTRAL"),
            Map.entry("SCOPE-OMBUDSMAN-INVESTIGATED", "a note: effect NEUTRAL"),
            Map.entry("WHO-E13-CEILING", "a note: effect NEUTRAL"),
            Map.entry("WHO-E13-CEILING-BEFORE-2018", "a note: effect NEUTRAL; text: no longer names the team's reading code"),
            Map.entry("TIME-LATE", "the statute's part alone; the presumption is TIME-LATE-PRESUMPTION"),
            Map.entry("TIME-LATE-PRESUMPTION", "new: the guidance's presumption (A15)"),
            Map.entry("TIME-LATE-NO-PRESUMPTION", "new: a council without the presumption (A15)"),
            Map.entry("PROC-CONCURRENT", "the statute's part alone; the council's policy is PROC-CONCURRENT-SUSPEND or -DECLINE"),
            Map.entry("PROC-CONCURRENT-SUSPEND", "new: the council's policy (A22)"),
            Map.entry("PROC-CONCURRENT-DECLINE", "new: the council's policy (A22)"),
            Map.entry("SCOPE-PUBLIC-LAW-REPORT", "new: the guidance's reading of A23 made visible"),
            Map.entry("STAGE-1-EXTENSION", "the statute's part alone; the council's condition is STAGE-1-EXTENSION-*"),
            Map.entry("STAGE-1-EXTENSION-WITH-REASON", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-COMPLEX", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-AGREED", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-AUTOMATIC", "new: the council's condition (A2)"),
            Map.entry("STAGE-1-EXTENSION-MAXIMUM", "reg. 14's 20 working days alone; the council's cap is STAGE-1-EXTENSION-COUNCIL-CAP"),
            Map.entry("STAGE-1-EXTENSION-COUNCIL-CAP", "new: the council's cap (A2)"),
            Map.entry("STAGE-2-EXTENSION-MAXIMUM", "basis LOCAL_POLICY: it applies only where the council reads 65 days as a hard cap (A8)"),
            Map.entry("STAGE-2-REPORT", "citation: it reads no setting"),
            Map.entry("STAGE-DECLINE-NOT-THE-COUNCILS", "a request in time only; one acted on is STAGE-DECLINE-ACTED-ON"),
            Map.entry("STAGE-DECLINE-ACTED-ON", "new: a request the council has acted on"),
            Map.entry("STAGE-GATEKEEPING", "split by the council's reading of A17"),
            Map.entry("STAGE-GATEKEEPING-STATUTORY-GROUNDS", "new: gatekeeping on statutory grounds (A17)"),
            Map.entry("STAGE-GATEKEEPING-DISCRETION", "new: gatekeeping at the council's discretion (A17)"),
            Map.entry("STAGE-ALREADY-HAPPENED", "basis LIBRARY_PROCEDURE: the library's bookkeeping, not statute"),
            Map.entry("STAGE-DATED-BEFORE-LAST-EVENT", "basis LIBRARY_PROCEDURE: the library's bookkeeping, not statute"),
            Map.entry("STAGE-NOT-IN-THIS-STAGE", "basis LIBRARY_PROCEDURE: the library's bookkeeping, not statute"),
            Map.entry("STAGE-EXTENSION-AFTER-DEADLINE", "basis LIBRARY_PROCEDURE: the library's bookkeeping, not statute"),
            Map.entry("STAGE-EXTENSION-NOT-LONGER", "basis LIBRARY_PROCEDURE: the library's bookkeeping, not statute"),
            Map.entry("STAGE-RESOLVED", "basis LIBRARY_PROCEDURE: reg. 15(1) is stage 1's; the rest is the library's"),
            Map.entry("STAGE-WITHDRAWN", "basis LIBRARY_PROCEDURE: the library's rule, not a council's setting"),
            Map.entry("TIME-LATE-ACCEPTED", "basis STATUTORY_GUIDANCE: the two questions are the guidance's"),
            Map.entry("TIME-LATE-REFUSED", "basis STATUTORY_GUIDANCE: the two questions are the guidance's"),
            Map.entry("WHO-E15-FOSTERING-LIMITS", "basis STATUTE: Part 5 of the regulations is headed for these representations"),
            Map.entry("STAGE-2-REQUEST-STAGE-1-OVERDUE", "text: no longer names the team's reading code"),
            Map.entry("WHO-E13-CATEGORY", "new (W3): each care-leaver category ends at the statute's age"),
            Map.entry("WHO-E13-CATEGORY-QUALIFYING-PERSON", "new (W3): to 21, or 25 if helped with education or training"),
            Map.entry("WHO-E13-QUALIFYING-PERSON-PAST-21", "new (W3): from 21, whether helped with education or training"),
            Map.entry("WHO-E13-CARE-LEAVER", "s24D(1): the council's functions under Part 3, not leaving-care support alone"),
            Map.entry("SCOPE-VOLUNTARY-ORGANISATION-LOOKED-AFTER", "new: reg. 21(a) leaves a looked-after child to the council"),
            Map.entry("SCOPE-ADULT-TREATMENT-ABOUT-THE-CHILD", "new (W8): the council's decision recorded"),
            Map.entry("SCOPE-ADULT-TREATMENT-NOT-ABOUT-THE-CHILD", "new (W8): the council's decision recorded"),
            Map.entry("SCOPE-CONSIDERED-AGAIN", "new (M4): the council's decision recorded"),
            Map.entry("SCOPE-NOT-CONSIDERED-AGAIN", "new (M4): the council's decision recorded"),
            Map.entry("REP-LISTED-CHILD-HEARD", "new (W7): the child heard in their own right"),
            Map.entry("WHO-E6-E7-ADOPTION", "a parent or guardian only of a child who may be adopted"),
            Map.entry("WHO-E13-CATEGORY-EDUCATION", "new (W3): s24B as councils read it"),
            Map.entry("WHO-E13-CATEGORY-NOT-RECORDED", "new (W3): no category reaches the 25th birthday"),
            Map.entry("WHO-E13-CATEGORY-TO-ESTABLISH", "new (W3): from 21 the category decides"),
            Map.entry("WHO-E13-LOCAL-OFFER", "new (W3): a council may extend, never narrow, the ages"),
            Map.entry("WHO-E13-OVER-AGE", "W3: past the category, the age on the day received deciding"),
            Map.entry("WHO-CHILD-DISABLED", "new (W1): a disabled child is in need"),
            Map.entry("WHO-CHILD-ASSESSMENT-OF-NEED", "new (W1): a complaint about the assessment of need"),
            Map.entry("WHO-CHILD-STATUS-NOT-SETTLED", "new (W1): a status disputed, under assessment or referred"),
            Map.entry("WHO-E14-VOLUNTARY-ORGANISATION", "M7: for the organisation's procedure, not the council's"),
            Map.entry("SCOPE-S47-ENQUIRY", "W5: the council's own procedure, not a conference's route"),
            Map.entry("SCOPE-CP-CONFERENCE", "W5: a conference's decisions only"),
            Map.entry("SCOPE-CP-CONFERENCE-CONDUCT", "new (W5): the rest goes to the council's own procedure"),
            Map.entry("SCOPE-PRIVATE-LAW-REPORT", "W5: the council's own procedure, not the court"),
            Map.entry("SCOPE-PUBLIC-LAW-REPORT-LOCAL", "W5: the council's own procedure, not the court"),
            Map.entry("SCOPE-APPROVAL", "W5: a qualifying determination only"),
            Map.entry("SCOPE-APPROVAL-CONDUCT", "new (W5): the rest goes to the council's own procedure"),
            Map.entry("SCOPE-ADULT-SOCIAL-CARE", "new (M7): the adult procedure"),
            Map.entry("SCOPE-ADULT-TREATMENT", "W8: the council's decision, not an exclusion"),
            Map.entry("SCOPE-CONSIDERED-AT-THREE-STAGES", "new (M4): the guidance's discretion"),
            Map.entry("SCOPE-UNREASONABLY-PERSISTENT", "new (M4): the guidance's discretion"),
            Map.entry("REP-LISTED-OWN-RIGHT", "new (W7): a listed person keeps their own right"),
            Map.entry("REP-NOT-SUITABLE", "W7: the notice, and the child's own complaint offered"),
            Map.entry("REP-CONSENT-REFUSED-REQUIRED", "W7: the notice, and the child's own complaint offered"),
            Map.entry("REP-BEST-INTERESTS-REFUSED", "W7: the notice, and the child's own complaint offered"),
            Map.entry("REP-COMPLAINANTS-REPRESENTATIVE", "new: an adult complainant's own representative"),
            Map.entry("REP-COMPLAINANTS-CONSENT-UNCONFIRMED", "new: an adult complainant's own representative"),
            Map.entry("REP-COMPLAINANTS-CONSENT-REFUSED", "new: an adult complainant's own representative"));

    static Stream<String> decisionRecords() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("decision-record-"))
                    .sorted().toList().stream();
        }
    }

    /** The JSON with every line naming a retired setting left out: they read, and no longer write. */
    private static String withoutRetiredSettings(String json) {
        return withoutSettings(json, PolicySetting.retiredSettings().keySet());
    }

    /** The settings added since 0.1.0 that are always written (a flag): a record of 0.1.0 reads them as their default. */
    static final java.util.Set<String> ADDED_SINCE_010 = java.util.Set.of("stage3WhenStage2Overdue", "proclaimedBankHolidays");

    /** The JSON with every line naming one of {@code settings} left out. */
    private static String withoutSettings(String json, java.util.Set<String> settings) {
        return json.lines().filter(line -> settings.stream().noneMatch(name -> line.strip().startsWith("\"" + name + "\"")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String read(String file) throws IOException {
        return Files.readString(DATA.resolve(file));
    }

    @Test
    void theRequestAndThePolicyFileRead() throws IOException {
        ComplaintRequest request = CscRulesJson.read(read("request.json"), ComplaintRequest.class);
        assertThat(request.circumstances()).hasSize(2);
        assertThat(CscRulesJson.read(read("decision-record-defaults.json"), DecisionRecord.class).request()).isEqualTo(request);
        LocalPolicy policy = CscRulesJson.read(read("policy.json"), LocalPolicy.class);
        assertThat(policy.acknowledgementWorkingDays()).isEqualTo(5);
        assertThat(policy.childConsentAge()).hasValue(12);
        assertThat(policy.careLeaverLocalOfferAgeCeiling()).as("the retired care-leaver settings read, and change nothing").isEmpty();
        assertThat(policy.closureDays()).hasSize(3);
        assertThat(CscRulesJson.read(read("decision-record-with-policy.json"), DecisionRecord.class).decision().provenance()
                .policy()).isEqualTo(policy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRecords")
    void aDecisionRecordReadsAndReplaysTheSameAnswerButForTheChangesListed(String file) throws IOException {
        DecisionRecord record = CscRulesJson.read(read(file), DecisionRecord.class);
        assertThat(withoutSettings(CscRulesJson.write(record), ADDED_SINCE_010))
                .as("it writes back as 0.1.0 wrote it, but for the retired settings, and the settings added since at their default")
                .isEqualTo(withoutRetiredSettings(read(file).strip()));
        Replay replay = EligibilityService.replay(record);
        assertThat(replay.differences()).as(replay.explanation())
                .isSubsetOf(ProvenancePart.LIBRARY_VERSION, ProvenancePart.RULEBOOK).contains(ProvenancePart.RULEBOOK);
        EligibilityDecision then = replay.recorded();
        EligibilityDecision now = replay.replayed();
        assertThat(now.outcome()).isEqualTo(then.outcome());
        assertThat(now.actions()).isEqualTo(then.actions());
        assertThat(now.alternativeRoute()).isEqualTo(then.alternativeRoute());
        assertThat(answers(now.deadlines())).isEqualTo(answers(then.deadlines()));
        List<Finding> kept = new ArrayList<>(then.reasons().stream().map(Finding::of).toList());
        kept.removeIf(reason -> CHANGED_ON_PURPOSE.containsKey(reason.ruleId())
                || then.outcome() == Outcome.NOT_ELIGIBLE && reason.effect() == Effect.ELIGIBLE);
        List<Finding> replayed = now.reasons().stream().map(Finding::of).toList();
        assertThat(replayed).as("every reason not changed on purpose replays exactly, but for its citation").containsAll(kept);
        assertThat(replayed).filteredOn(reason -> !kept.contains(reason)).extracting(Finding::ruleId)
                .as("a reason that is new or different names a rule changed on purpose").allMatch(CHANGED_ON_PURPOSE::containsKey);
        assertThat(now.reasons()).extracting(Reason::citation).as("every citation now names its sections of LAW.md")
                .allSatisfy(citation -> assertThat(citation.lawSections()).isNotEmpty().hasSameSizeAs(citation.sections()));
        if (then.outcome() == Outcome.NOT_ELIGIBLE) {
            assertThat(now.reasons()).extracting(Reason::effect).doesNotContain(Effect.ELIGIBLE);
        }
    }

    /** The state reads, counts its deadlines as 0.1.0 did, and the next step rules as it did. */
    @Test
    void theStateAndTheProcessStepReadAndRuleAsBefore() throws IOException {
        ComplaintState state = CscRulesJson.read(read("state.json"), ComplaintState.class);
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        Transition then = CscRulesJson.read(read("transition.json"), Transition.class);
        // W6, on purpose: under the council's reading that stage 2 runs from the agreed statement, reg. 17's
        // maximum now also runs from the request, whether or not a statement is agreed (CHANGELOG.md)
        LocalDate requested = state.dateOf(org.cscrules.core.process.EventType.STAGE_2_REQUESTED).orElseThrow();
        java.util.function.Predicate<Deadline> backstop = deadline -> deadline.kind() == Deadline.Kind.LATEST_IF_EXTENDED
                && deadline.trigger().equals(requested);
        assertThat(process.deadlines(state)).filteredOn(backstop).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 10, 12));
        assertThat(answers(process.deadlines(state).stream().filter(backstop.negate()).toList())).isEqualTo(answers(then.deadlines()));
        assertThat(state.basis().policy()).isEqualTo(CscRulesJson.read(read("policy.json"), LocalPolicy.class));
        assertThat(state.basis().sealed()).as("0.1.0 wrote no fingerprint of the policy: the state reads, unsealed").isFalse();
        assertThat(process.start(state.received()).basis().sealed()).isTrue();
        Step step = CscRulesJson.read(read("process-step.json"), Step.class);
        Transition now = process.apply(step.state(), step.event());
        assertThat(now.outcome()).isEqualTo(then.outcome());
        assertThat(now.state()).isEqualTo(then.state()).isEqualTo(state);
        assertThat(answers(now.deadlines().stream().filter(backstop.negate()).toList())).isEqualTo(answers(then.deadlines()));
        assertThat(now.rulings()).filteredOn(ruling -> !CHANGED_ON_PURPOSE.containsKey(ruling.ruleId()))
                .extracting(Ruling::ruleId, Ruling::effect, Ruling::text, Ruling::basis)
                .containsExactlyInAnyOrderElementsOf(then.rulings().stream()
                        .filter(ruling -> !CHANGED_ON_PURPOSE.containsKey(ruling.ruleId()))
                        .map(ruling -> org.assertj.core.groups.Tuple.tuple(ruling.ruleId(), ruling.effect(), ruling.text(),
                                ruling.basis())).toList());
        assertThat(then.rulings()).extracting(Ruling::ruleId).containsExactly("STAGE-2-EXTENSION");
        assertThat(now.provenance().policy()).isEqualTo(then.provenance().policy());
    }

    /**
     * A reason but for its citation: 0.2.0 rewrote every citation to name its sections of the legal
     * reference (CHANGELOG.md), so a citation is held to resolving, not to its 0.1.0 words.
     */
    record Finding(String ruleId, Effect effect, String text, Basis basis) {
        static Finding of(Reason reason) {
            return new Finding(reason.ruleId(), reason.effect(), reason.text(), reason.basis());
        }
    }

    /** A deadline but for its provision's citation: the dates and the basis are the answer. */
    record DeadlineAnswer(Timescale timescale, Deadline.Kind kind, LocalDate trigger, int length, LocalDate due,
                          boolean provisional, boolean target, Basis basis) {
    }

    private static List<DeadlineAnswer> answers(List<Deadline> deadlines) {
        return deadlines.stream().map(d -> new DeadlineAnswer(d.timescale(), d.kind(), d.trigger(), d.length(), d.due(),
                d.provisional(), d.target(), d.provision().basis())).toList();
    }

    /** What {@code csc-rules process} reads: a state and an event. */
    record Step(ComplaintState state, org.cscrules.core.process.ProcessEvent event) {
    }

    /** Each rule changed on purpose is in CHANGELOG.md, which a user of 0.1.0 reads. */
    @Test
    void theChangelogNamesEveryRuleChangedOnPurpose() throws IOException {
        String changelog = Files.readString(Path.of("..", "CHANGELOG.md"));
        Set<String> missing = new java.util.TreeSet<>(CHANGED_ON_PURPOSE.keySet());
        missing.removeIf(id -> changelog.contains("`" + id + "`"));
        assertThat(missing).as("rules changed on purpose that CHANGELOG.md does not name").isEmpty();
    }
}
