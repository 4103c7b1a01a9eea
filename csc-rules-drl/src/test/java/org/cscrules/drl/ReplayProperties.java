package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.decision.ProvenancePart;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.json.CscRulesJson;
import org.cscrules.json.UnreadableJsonException;
import org.junit.jupiter.api.Test;

/**
 * Audit and replay: every decision names what produced it, a decision record survives JSON, and
 * replaying it gives the same decision, or names the part of the provenance that differs.
 */
class ReplayProperties {

    /** The differential property's councils, and one that acknowledges in 5 days, closes at Christmas and hears care leavers to 25. */
    private static final LocalPolicy[] POLICIES = Stream.concat(Stream.of(DifferentialProperties.POLICIES), Stream.of(
            LocalPolicy.builder().acknowledgementWorkingDays(5).careLeaverLocalOfferAgeCeiling(25)
                    .closureDays(java.util.Set.of(LocalDate.of(2024, 12, 24), LocalDate.of(2025, 12, 24))).build()))
            .toArray(LocalPolicy[]::new);
    private static final LocalPolicy CLOSES_AT_CHRISTMAS = POLICIES[POLICIES.length - 1];

    private static final EligibilityService[] SERVICES = Stream.of(POLICIES)
            .map(policy -> EligibilityService.create(policy, Requests.CLOCK)).toArray(EligibilityService[]::new);

    private static final ComplaintRequest PARENT = Requests.of(ComplainantRole.PARENT,
            LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED);

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        return RandomRequests.valid();
    }

    /** Every council's decision on the request, through JSON and replayed. */
    @Property(tries = 200)
    void aDecisionSurvivesJsonAndReplaysEqual(@ForAll("requests") ComplaintRequest request) {
        for (EligibilityService service : SERVICES) {
            EligibilityDecision decision = service.assess(request);
            DecisionRecord record = readRecord(CscRulesJson.write(new DecisionRecord(request, decision)));
            assertThat(record).isEqualTo(new DecisionRecord(request, decision));
            Replay replay = EligibilityService.replay(record);
            assertThat(replay.equal()).as(replay.explanation()).isTrue();
            assertThat(replay.differences()).isEmpty();
            assertThat(replay.explanation()).isEqualTo("The replay gives the recorded decision.");
            Statistics.label("outcome").collect(decision.outcome());
        }
    }

    @Test
    void everyDecisionNamesWhatProducedIt() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Europe/London"));
        Provenance provenance = EligibilityService.create(LocalPolicyExamples.cheshireWestAndChester2016(), clock).assess(PARENT).provenance();
        assertThat(provenance.libraryVersion()).isEqualTo(Provenance.LIBRARY_VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(provenance.rulebookVersion()).isEqualTo(RuleBase.version()).matches("sha256:[0-9a-f]{16}");
        assertThat(Files.readString(Path.of("../docs/RULES.md"))).contains("Rulebook version `" + provenance.rulebookVersion() + "`");
        assertThat(provenance.calendarDataVersion()).isEqualTo(WorkingDayCalendar.englandAndWales().dataVersion());
        assertThat(provenance.calendarOfficialDataUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(provenance.policy()).isEqualTo(LocalPolicyExamples.cheshireWestAndChester2016());
        assertThat(provenance.asAt()).isEqualTo(clock.instant());
        assertThat(provenance.asAtDate()).as("the clock's zone decides the day").isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(provenance.clock().instant()).isEqualTo(clock.instant());
    }

    /** The rulebook version fingerprints every DRL file of the sources, so no rule can change unseen. */
    @Test
    void theRulebookVersionCoversEveryRuleFile() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            assertThat(files.filter(f -> f.toString().endsWith(".drl")).map(f -> resources.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(RuleBase.DRL_FILES);
        }
    }

    @Test
    void aDecisionTakenUnderOnePolicyReplaysEqualAfterTheCouncilChangesItsPolicy() {
        LocalPolicy then = CLOSES_AT_CHRISTMAS;
        String stored = CscRulesJson.write(new DecisionRecord(PARENT, EligibilityService.create(then, Requests.CLOCK).assess(PARENT)));

        EligibilityService now = EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        DecisionRecord record = readRecord(stored);
        assertThat(now.assess(PARENT).sameAnswerAs(record.decision()))
                .as("today's policy acknowledges in 3 working days, not 5: a different answer").isFalse();
        Replay replay = EligibilityService.replay(record);
        assertThat(replay.equal()).as(replay.explanation()).isTrue();
        assertThat(replay.replayed().provenance().policy()).isEqualTo(then);
    }

    /** A record written before a setting existed has no such field: it reads, and replays, as the setting's none. */
    @Test
    void aRecordWrittenBeforeASettingExistedReplaysEqual() {
        String json = CscRulesJson.write(new DecisionRecord(PARENT, SERVICES[0].assess(PARENT)));
        assertThat(json).contains("\"acknowledgementWorkingDays\"").doesNotContain("careLeaverLocalOfferAgeCeiling");
        assertThat(EligibilityService.replay(readRecord(json)).equal()).isTrue();
    }

    @Test
    void aReplayNamesEachPartOfTheProvenanceThatDiffers() {
        EligibilityDecision decision = SERVICES[0].assess(PARENT);
        Provenance p = decision.provenance();
        Provenance older = new Provenance("0.0.9", "sha256:0123456789abcdef", "sha256:fedcba9876543210",
                LocalDate.of(2027, 12, 31), p.policy(), p.asAt(), p.zone(), p.asAtDate());
        Replay replay = EligibilityService.replay(new DecisionRecord(PARENT, withProvenance(decision, older)));
        assertThat(replay.equal()).isFalse();
        assertThat(replay.sameAnswer()).isTrue();
        assertThat(replay.differences()).containsExactly(ProvenancePart.LIBRARY_VERSION, ProvenancePart.RULEBOOK,
                ProvenancePart.CALENDAR_DATA);
        assertThat(replay.explanation()).startsWith("The answer is the same; the provenance differs in LIBRARY_VERSION "
                + "(recorded 0.0.9, now " + Provenance.LIBRARY_VERSION + "); RULEBOOK (recorded sha256:0123456789abcdef, now "
                + RuleBase.version() + "); CALENDAR_DATA (recorded [sha256:fedcba9876543210, 2027-12-31], now [");
    }

    @Test
    void aReplayWhoseAnswerChangedSaysSoAndWhy() {
        EligibilityDecision decision = SERVICES[0].assess(PARENT);
        Provenance p = decision.provenance();
        EligibilityDecision byAnOlderRulebook = new EligibilityDecision(decision.outcome(), decision.reasons().subList(0, 1),
                decision.actions(), decision.alternativeRoute(), decision.deadlines(),
                new Provenance(p.libraryVersion(), "sha256:0123456789abcdef", p.calendarDataVersion(), p.calendarOfficialDataUntil(),
                        p.policy(), p.asAt(), p.zone(), p.asAtDate()));
        Replay replay = EligibilityService.replay(new DecisionRecord(PARENT, byAnOlderRulebook));
        assertThat(replay.sameAnswer()).isFalse();
        assertThat(replay.differences()).containsExactly(ProvenancePart.RULEBOOK);
        assertThat(replay.explanation()).startsWith("The answer differs; the provenance differs in RULEBOOK");
    }

    @Test
    void aPolicyDifferenceNamesTheSettings() {
        Provenance p = SERVICES[0].assess(PARENT).provenance();
        Provenance other = new Provenance(p.libraryVersion(), p.rulebookVersion(), p.calendarDataVersion(),
                p.calendarOfficialDataUntil(), CLOSES_AT_CHRISTMAS, p.asAt(), p.zone(), p.asAtDate());
        assertThat(ProvenancePart.differences(p, other)).containsExactly(ProvenancePart.POLICY);
        assertThat(ProvenancePart.POLICY.describe(p, other))
                .isEqualTo("POLICY (settings that differ: acknowledgementWorkingDays, closureDays, careLeaverLocalOfferAgeCeiling)");
    }

    @Test
    void aBrokenRecordIsAClearErrorNotAWrongReplay() {
        assertThatThrownBy(() -> readRecord("{not json"))
                .isInstanceOfSatisfying(UnreadableJsonException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Not JSON: is not valid JSON (line 1, column 2)"));
        String json = CscRulesJson.write(new DecisionRecord(PARENT, SERVICES[0].assess(PARENT)));
        assertThatThrownBy(() -> readRecord(json.replace("\"outcome\" : \"ELIGIBLE\"", "\"outcome\" : \"NOT_ELIGIBLE\"")))
                .isInstanceOfSatisfying(UnreadableJsonException.class, e -> assertThat(e.problem())
                        .isEqualTo("does not fit the model: The outcome must be the strongest effect among the reasons"));
        assertThatThrownBy(() -> readRecord(json.replace("\"asAtDate\" : \"2026-11-23\"", "\"asAtDate\" : \"2026-11-24\"")))
                .isInstanceOf(UnreadableJsonException.class).hasMessageContaining("asAtDate must be the day of asAt in zone");
        assertThatThrownBy(() -> EligibilityService.replay(null)).isInstanceOf(InvalidRequestException.class);
    }

    private static DecisionRecord readRecord(String json) {
        return CscRulesJson.read(json, DecisionRecord.class);
    }

    private static EligibilityDecision withProvenance(EligibilityDecision decision, Provenance provenance) {
        return new EligibilityDecision(decision.outcome(), decision.reasons(), decision.actions(), decision.alternativeRoute(),
                decision.deadlines(), provenance);
    }

}
