package org.cscrules.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.core.Fixtures.PROVENANCE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.Replay;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.DeadlineChange;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** A provenance is whole and consistent, and says which of its parts differ from another's. */
class ProvenanceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theLibraryVersionIsFilledInByTheBuild() {
        assertThat(Provenance.LIBRARY_VERSION).isNotBlank().doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
    }

    /** A snapshot names its commit, since two snapshot builds can differ in code; a release is its version alone. */
    @Test
    void aSnapshotNamesTheCommitItWasBuiltFrom() {
        assertThat(Provenance.libraryVersion(properties("0.1.0-SNAPSHOT", "bdba68ca4366", "false"))).isEqualTo("0.1.0-SNAPSHOT+bdba68ca4366");
        assertThat(Provenance.libraryVersion(properties("0.1.0-SNAPSHOT", "bdba68ca4366", "true"))).isEqualTo("0.1.0-SNAPSHOT+bdba68ca4366.dirty");
        assertThat(Provenance.libraryVersion(properties("0.1.0-SNAPSHOT", "${git.commit.id.abbrev}", "${git.dirty}")))
                .as("built outside git").isEqualTo("0.1.0-SNAPSHOT");
        assertThat(Provenance.libraryVersion(properties("0.2.0", "bdba68ca4366", "false"))).isEqualTo("0.2.0");
        assertThat(Provenance.libraryVersion(properties("${project.version}", "", ""))).isEqualTo(Provenance.UNKNOWN_VERSION);
        assertThat(Provenance.libraryVersion(new java.util.Properties())).isEqualTo(Provenance.UNKNOWN_VERSION);
    }

    @Test
    void onlyAReleaseOrACleanCommitNamesItsCode() {
        assertThat(withVersion("0.2.0").identifiesItsCode()).isTrue();
        assertThat(withVersion("0.1.0-SNAPSHOT+bdba68ca4366").identifiesItsCode()).isTrue();
        assertThat(withVersion("0.1.0-SNAPSHOT+bdba68ca4366.dirty").identifiesItsCode()).isFalse();
        assertThat(withVersion("0.1.0-SNAPSHOT").identifiesItsCode()).isFalse();
        assertThat(withVersion(Provenance.UNKNOWN_VERSION).identifiesItsCode()).isFalse();
    }

    /** A different answer from a build that does not name its code is not called a fault: the code may differ. */
    @Test
    void aReplayOnAChangedTreeSaysTheCodeMayDiffer() {
        Provenance dirty = withVersion("0.1.0-SNAPSHOT+bdba68ca4366.dirty");
        Reason eligible = new Reason("A", Effect.ELIGIBLE, "a", Citation.verified("{si2006-reg1}"), Basis.STATUTE);
        Reason other = new Reason("B", Effect.ELIGIBLE, "b", Citation.verified("{si2006-reg1}"), Basis.STATUTE);
        Replay replay = new Replay(EligibilityDecision.of(List.of(eligible), List.of(), null, List.of(), dirty),
                EligibilityDecision.of(List.of(other), List.of(), null, List.of(), dirty));
        assertThat(replay.differences()).isEmpty();
        assertThat(replay.explanation()).isEqualTo("The answer differs, yet no part of the provenance does; the library version "
                + "0.1.0-SNAPSHOT+bdba68ca4366.dirty does not name its code (a build outside git, from a changed tree, or "
                + "without Maven), so the code may differ.");
        Provenance clean = withVersion("0.2.0");
        assertThat(new Replay(EligibilityDecision.of(List.of(eligible), List.of(), null, List.of(), clean),
                EligibilityDecision.of(List.of(other), List.of(), null, List.of(), clean)).explanation())
                .contains("either the record was altered after it was made, or the library has a fault, to be reported");
    }

    private static Provenance withVersion(String version) {
        return new Provenance(version, PROVENANCE.rulebookVersion(), PROVENANCE.calendarDataVersion(),
                PROVENANCE.calendarOfficialDataUntil(), PROVENANCE.policy(), PROVENANCE.asAt(), PROVENANCE.zone(), PROVENANCE.asAtDate());
    }

    private static java.util.Properties properties(String version, String commit, String dirty) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("version", version);
        properties.setProperty("commit", commit);
        properties.setProperty("dirty", dirty);
        return properties;
    }

    @Test
    void nowReadsTheClockOnceAndTheDayInItsZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), LONDON);
        Provenance now = Provenance.now("sha256:0000000000000000", WorkingDayCalendar.englandAndWales(),
                LocalPolicy.statutoryDefaults(), clock);
        assertThat(now.asAtDate()).as("23:30 UTC is 00:30 in London in summer").isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(now.calendarDataVersion()).isEqualTo(WorkingDayCalendar.englandAndWales().dataVersion());
        assertThat(now.clock().instant()).isEqualTo(clock.instant());
        assertThat(now.clock().getZone()).isEqualTo(LONDON);
    }

    @Test
    void aProvenanceIsWholeAndItsDayIsItsInstantsDay() {
        assertThatThrownBy(() -> new Provenance("x", "r", "c", LocalDate.of(2028, 12, 31), null, Instant.EPOCH, LONDON,
                LocalDate.of(1970, 1, 1))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Provenance("x", "r", "c", LocalDate.of(2028, 12, 31), LocalPolicy.statutoryDefaults(),
                Instant.EPOCH, LONDON, LocalDate.of(1970, 1, 2)))
                .hasMessage("asAtDate must be the day of asAt in zone");
    }

    @Test
    void eachDifferingPartIsNamedInOrder() {
        LocalPolicy other = LocalPolicy.builder().countTriggerDay(true).closureDays(Set.of(LocalDate.of(2026, 12, 29))).build();
        Provenance changed = new Provenance("0.2.0", PROVENANCE.rulebookVersion(), PROVENANCE.calendarDataVersion(),
                PROVENANCE.calendarOfficialDataUntil(), other, PROVENANCE.asAt().plusSeconds(1), PROVENANCE.zone(), PROVENANCE.asAtDate());
        assertThat(ProvenancePart.differences(PROVENANCE, PROVENANCE)).isEmpty();
        assertThat(ProvenancePart.differences(PROVENANCE, changed)).containsExactly(ProvenancePart.LIBRARY_VERSION,
                ProvenancePart.POLICY, ProvenancePart.AS_AT);
        assertThat(ProvenancePart.POLICY.describe(PROVENANCE, changed))
                .isEqualTo("POLICY (settings that differ: closureDays, countTriggerDay)");
        assertThat(LocalPolicy.statutoryDefaults().changedSettings(LocalPolicy.statutoryDefaults())).isEmpty();
    }

    @Test
    void aDeadlineChangeIsAChange() {
        assertThatThrownBy(() -> new DeadlineChange(Timescale.T2_STAGE_1_RESPONSE, Deadline.Kind.DUE,
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineChange(Timescale.T2_STAGE_1_RESPONSE, Deadline.Kind.DUE, null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(new DeadlineChange(Timescale.T11_FINAL_RESPONSE, Deadline.Kind.ALTERNATIVE_READING, null,
                LocalDate.of(2026, 11, 16)).before()).isNull();
    }

    @Test
    void aRecordNeedsBothParts() {
        assertThatThrownBy(() -> new DecisionRecord(null, null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("A decision record needs the request and the decision");
    }
}
