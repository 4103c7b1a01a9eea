package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.audit.Chronology;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.audit.JourneyReplay;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.decision.ProvenancePart;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.json.CscRulesJson;
import org.cscrules.json.UnreadableJsonException;
import org.junit.jupiter.api.Test;

/**
 * A journey kept as a record (#12): replayed, it gives equal transitions, or says which part of
 * the provenance differs; its chronology says, event by event, which deadlines started, were met,
 * missed, extended or suspended, with their citations.
 */
class JourneyRecordTest {

    private static final ComplaintProcess PROCESS = new DroolsComplaintProcess(LocalPolicy.statutoryDefaults(), Requests.CLOCK);

    /**
     * The sample journey: received Mon 2 Mar 2026; stage 1 suspended for care proceedings and
     * resumed; the response sent; stage 2 with an independent person, extended; the response; a
     * request for a review panel that lapses unheard.
     */
    static JourneyRecord sample() {
        JourneyRecord journey = PROCESS.begin(PROCESS.start(LocalDate.of(2026, 3, 2)));
        for (ProcessEvent event : List.of(
                ProcessEvent.suspended(LocalDate.of(2026, 3, 4), "care proceedings: considering it might prejudice them"),
                ProcessEvent.of(EventType.CONSIDERATION_RESUMED, LocalDate.of(2026, 4, 13)),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 4, 28)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 5, 6)),
                ProcessEvent.of(EventType.INDEPENDENT_PERSON_APPOINTED, LocalDate.of(2026, 5, 11)),
                ProcessEvent.stage2Extended(LocalDate.of(2026, 6, 5), 45, "the school's records are late"),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2026, 7, 10)))) {
            journey = PROCESS.record(journey, event);
        }
        return journey;
    }

    @Test
    void aJourneyReplayedFromItsRecordGivesEqualTransitions() {
        JourneyRecord journey = sample();
        assertThat(journey.steps()).allSatisfy(step -> assertThat(step.transition().recorded()).isTrue());
        JourneyReplay replay = ComplaintProcess.replay(journey);
        assertThat(replay.equal()).isTrue();
        assertThat(replay.sameAnswer()).isTrue();
        assertThat(replay.differences()).isEmpty();
        assertThat(replay.firstDifference()).isEmpty();
        assertThat(replay.explanation()).isEqualTo("The replay gives every recorded transition (7 steps).");
    }

    /** Kept as JSON beside the case and read back months later, it replays equal, and its chronology is the same. */
    @Test
    void aJourneyKeptAsJsonReadsBackAndReplaysEqual() {
        JourneyRecord journey = sample();
        String stored = CscRulesJson.write(journey);
        JourneyRecord read = CscRulesJson.read(stored, JourneyRecord.class);
        assertThat(read).isEqualTo(journey);
        assertThat(ComplaintProcess.replay(read).equal()).isTrue();
        assertThat(CscRulesJson.read(CscRulesJson.write(Chronology.of(read, LocalDate.of(2026, 7, 20))), Chronology.class))
                .isEqualTo(Chronology.of(journey, LocalDate.of(2026, 7, 20)));
    }

    @Test
    void aReplayNamesTheStepAndTheProvenancePartThatDiffer() {
        JourneyRecord journey = sample();
        List<JourneyRecord.Step> steps = new ArrayList<>(journey.steps());
        Transition third = steps.get(2).transition();
        Provenance p = third.provenance();
        Provenance older = new Provenance(p.libraryVersion(), "sha256:0000000000000000", p.calendarDataVersion(),
                p.calendarOfficialDataUntil(), p.policy(), p.asAt(), p.zone(), p.asAtDate());
        steps.set(2, new JourneyRecord.Step(steps.get(2).event(), new Transition(third.outcome(), third.rulings(), third.state(),
                third.deadlines(), older, third.notices())));
        JourneyReplay replay = ComplaintProcess.replay(new JourneyRecord(journey.start(), journey.startDeadlines(), steps));
        assertThat(replay.equal()).isFalse();
        assertThat(replay.sameAnswer()).isTrue();
        assertThat(replay.firstDifference()).hasValue(2);
        assertThat(replay.differences()).containsExactly(ProvenancePart.RULEBOOK);
        assertThat(replay.explanation()).startsWith("Step 3 of 7 (STAGE_1_RESPONSE_SENT on 2026-04-28): The answer is the same; "
                + "the provenance differs in RULEBOOK (recorded sha256:0000000000000000, now ");
    }

    /**
     * What became of a deadline that the complaint left behind: paused when it was withdrawn, it
     * ended (not missed); passed over by a request for stage 2 when stage 1 was overdue, the due
     * date was missed and the maximum ended (not met: no response came). Stage 1 from Mon 2 Mar 2026:
     * 16 Mar, at most 30 Mar.
     */
    @Test
    void aDeadlineLeftBehindEndedOrWasMissedNeverMet() {
        JourneyRecord withdrawn = PROCESS.begin(PROCESS.start(LocalDate.of(2026, 3, 2)));
        withdrawn = PROCESS.record(withdrawn, ProcessEvent.suspended(LocalDate.of(2026, 3, 4), "care proceedings"));
        withdrawn = PROCESS.record(withdrawn, ProcessEvent.suspended(LocalDate.of(2026, 3, 5), "again, refused"));
        withdrawn = PROCESS.record(withdrawn, ProcessEvent.of(EventType.WITHDRAWN, LocalDate.of(2026, 5, 4)));
        List<Chronology.Entry> entries = Chronology.of(withdrawn, LocalDate.of(2026, 5, 4)).entries();
        assertThat(entries.get(2).deadlines()).as("a refused suspension pauses nothing more")
                .extracting(Chronology.DeadlineLine::fate).containsOnly(Chronology.Fate.RUNNING);
        assertThat(entries.get(3).deadlines()).extracting(Chronology.DeadlineLine::fate)
                .containsExactly(Chronology.Fate.ENDED, Chronology.Fate.ENDED);

        JourneyRecord overdue = PROCESS.begin(PROCESS.start(LocalDate.of(2026, 3, 2)));
        overdue = PROCESS.record(overdue, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 3, 20)));
        assertThat(Chronology.of(overdue, LocalDate.of(2026, 3, 20)).entries().get(1).deadlines())
                .extracting(line -> line.deadline().kind() + " " + line.fate())
                .startsWith("DUE MISSED", "LATEST_IF_EXTENDED ENDED");
    }

    /** A record whose start's deadlines were edited does not replay equal, and says so. */
    @Test
    void anEditedStartDoesNotReplayEqual() {
        JourneyRecord journey = sample();
        JourneyRecord edited = new JourneyRecord(journey.start(), journey.startDeadlines().subList(0, 1), journey.steps());
        JourneyReplay replay = ComplaintProcess.replay(edited);
        assertThat(replay.equal()).isFalse();
        assertThat(replay.sameAnswer()).isFalse();
        assertThat(replay.startAlike()).isFalse();
        assertThat(replay.explanation()).startsWith("The deadlines recorded at the start are not those this library counts");
    }

    /** A step read from JSON without its event's date is a clear error, not a null in the chronology. */
    @Test
    void aStepWithoutItsDateDoesNotRead() {
        String json = CscRulesJson.write(sample()).replaceFirst("\"date\" : \"2026-03-04\"", "\"date\" : null");
        assertThat(json).contains("\"date\" : null");
        assertThatThrownBy(() -> CscRulesJson.read(json, JourneyRecord.class)).isInstanceOf(UnreadableJsonException.class)
                .hasMessageContaining("JourneyRecord");
    }

    @Test
    void aMissingRecordIsAClearError() {
        assertThatThrownBy(() -> ComplaintProcess.replay(null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("record: must not be null");
        assertThatThrownBy(() -> PROCESS.record(null, ProcessEvent.of(EventType.WITHDRAWN, LocalDate.of(2026, 3, 3))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("journey: must not be null");
    }

    /**
     * The sample journey's chronology. By hand: T2 from Mon 2 Mar 2026: 3-6 (4), 9-13 (9), 16 (10);
     * 20: 17-20 (14), 23-27 (19), 30 (20). Suspended Wed 4 Mar with 8 and 18 working days left;
     * resumed Mon 13 Apr: 14-17 (4), 20-23 (8) = 23 Apr; 24 (9), 27 Apr-1 May (14), 4 May bank holiday,
     * 5-8 (18) = 8 May. The response on 28 Apr misses the 23rd, meets the 8th. T4 from Tue 28 Apr:
     * 29 Apr-1 May (3), 4 May bank holiday, 5-22 (17), 25 May bank holiday, 26-28 (20) = 28 May. T6
     * from Wed 6 May: 7-8 (2), 11-22 (12), 25 May bank holiday, 26-29 (16), 1-5 Jun (21), 8-11 (25) =
     * 11 Jun; to 45: 12 (26), 15 Jun-3 Jul (41), 6-9 (45) = 9 Jul, missed by the response on the
     * 10th; 65: 10 (46), 13 Jul-31 Jul (61), 3-6 Aug (65) = 6 Aug. T8 from Fri 10 Jul: 13 Jul-7 Aug (20).
     */
    @Test
    void theChronologyOfTheSampleJourney() {
        Chronology chronology = Chronology.of(sample(), LocalDate.of(2026, 7, 20));
        String reg14Paused = "(SI 2006/1738 reg. 14; SI 2006/1738 reg. 8; the library's procedural rule on suspension)";
        String t4 = "T4_STAGE_2_REQUEST DUE 2026-05-28 (SI 2006/1738 reg. 15(2); LocalPolicy.stage2RequestWindowWorkingDays)";
        String t8 = "T8_STAGE_3_REQUEST DUE 2026-08-07 (SI 2006/1738 reg. 18; LocalPolicy.stage3RequestWindowWorkingDays)";
        assertThat(chronology.toMarkdown()).isEqualTo("""
                # Chronology of the complaint received on 2026-03-02

                | date | what happened | outcome | rules (citation) | deadlines |
                |---|---|---|---|---|
                | 2026-03-02 | received |  |  | T2_STAGE_1_RESPONSE DUE 2026-03-16 (SI 2006/1738 reg. 14): started<br>\
                T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-03-30 (SI 2006/1738 reg. 14): started |
                | 2026-03-04 | CONSIDERATION_SUSPENDED | ALLOWED | STAGE-SUSPENDED (SI 2006/1738 reg. 8) | \
                T2_STAGE_1_RESPONSE DUE 2026-03-16 (SI 2006/1738 reg. 14): suspended<br>\
                T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-03-30 (SI 2006/1738 reg. 14): suspended |
                | 2026-04-13 | CONSIDERATION_RESUMED | ALLOWED | STAGE-RESUMED (SI 2006/1738 reg. 8) | \
                T2_STAGE_1_RESPONSE DUE 2026-04-23 %1$s: suspended, was 2026-03-16<br>\
                T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-05-08 %1$s: suspended, was 2026-03-30 |
                | 2026-04-28 | STAGE_1_RESPONSE_SENT | ALLOWED | STAGE-1-RESPONSE (SI 2006/1738 reg. 14) | \
                T2_STAGE_1_RESPONSE DUE 2026-04-23 %1$s: missed<br>\
                T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-05-08 %1$s: met<br>\
                %2$s: started |
                | 2026-05-06 | STAGE_2_REQUESTED | ALLOWED | STAGE-2-REQUEST (SI 2006/1738 reg. 15(2)) | \
                %2$s: met<br>\
                T6_STAGE_2_RESPONSE DUE 2026-06-11 (SI 2006/1738 reg. 17): started<br>\
                T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-08-06 (SI 2006/1738 reg. 17): started |
                | 2026-05-11 | INDEPENDENT_PERSON_APPOINTED | ALLOWED | STAGE-2-INDEPENDENT-PERSON \
                (Children Act 1989 s26(4); SI 2006/1738 reg. 17) | \
                T6_STAGE_2_RESPONSE DUE 2026-06-11 (SI 2006/1738 reg. 17): running<br>\
                T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-08-06 (SI 2006/1738 reg. 17): running |
                | 2026-06-05 | STAGE_2_EXTENDED | ALLOWED | STAGE-2-EXTENSION (SI 2006/1738 reg. 17) | \
                T6_STAGE_2_RESPONSE DUE 2026-07-09 (SI 2006/1738 reg. 17): extended, was 2026-06-11<br>\
                T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-08-06 (SI 2006/1738 reg. 17): running |
                | 2026-07-10 | STAGE_2_RESPONSE_SENT | ALLOWED | STAGE-2-RESPONSE (SI 2006/1738 reg. 17) | \
                T6_STAGE_2_RESPONSE DUE 2026-07-09 (SI 2006/1738 reg. 17): missed<br>\
                T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-08-06 (SI 2006/1738 reg. 17): met<br>\
                %3$s: started |

                ## Deadlines running as at 2026-07-20

                | deadline (citation) | where it stands |
                |---|---|
                | %3$s | still running |
                """.formatted(reg14Paused, t4, t8));
        assertThat(Chronology.of(sample(), LocalDate.of(2026, 8, 10)).standing())
                .singleElement().satisfies(line -> assertThat(line.fate()).isEqualTo(Chronology.Fate.WINDOW_CLOSED));
    }
}
