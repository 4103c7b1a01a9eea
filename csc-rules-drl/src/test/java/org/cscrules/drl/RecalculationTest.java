package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.internal.process.Bases;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.DeadlineChange;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Recalculation;
import org.cscrules.core.process.Transition;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

/**
 * A deadline keeps the policy and bank-holiday data it started with: a closure day added later
 * moves nothing until the council asks for a recalculation, which says what moved.
 */
class RecalculationTest {

    private static final LocalPolicy BEFORE = LocalPolicy.statutoryDefaults();
    /** The council closes on Thursday 12 November 2026, after the complaint of Monday 2 November was received. */
    private static final LocalPolicy AFTER = BEFORE.toBuilder().closureDays(Set.of(LocalDate.of(2026, 11, 12))).build();
    private static final ComplaintProcess THEN = ComplaintProcess.create(BEFORE, Requests.CLOCK);
    private static final ComplaintProcess NOW = ComplaintProcess.create(AFTER, Requests.CLOCK);
    private static final ComplaintState RECEIVED = THEN.start(LocalDate.of(2026, 11, 2));

    @Test
    void aClosureDayAddedLaterDoesNotMoveARunningDeadline() {
        // 10 working days from Mon 2 Nov 2026: Mon 16 Nov; 20: Mon 30 Nov. With the closure: 17 Nov and 1 Dec.
        assertThat(NOW.deadlines(RECEIVED)).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30));
        Transition extended = NOW.apply(RECEIVED, ProcessEvent.stage1Extended(LocalDate.of(2026, 11, 5), 15, "complex"));
        assertThat(extended.deadlines()).extracting(Deadline::due)
                .as("15 working days on the policy the complaint was received under: 23 Nov, not 24")
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
        assertThat(extended.state().basis()).isEqualTo(RECEIVED.basis());
        assertThat(extended.provenance().policy()).as("the provenance names the policy applied").isEqualTo(BEFORE);
    }

    @Test
    void aRecalculationMovesTheComplaintOntoTheNewPolicyAndSaysWhatMoved() {
        Recalculation recalculation = NOW.recalculate(RECEIVED);
        assertThat(recalculation.changedSettings()).containsExactly("closureDays");
        assertThat(recalculation.calendarDataChanged()).isFalse();
        assertThat(recalculation.changes()).containsExactly(
                new DeadlineChange(Timescale.T2_STAGE_1_RESPONSE, Deadline.Kind.DUE, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17)),
                new DeadlineChange(Timescale.T2_STAGE_1_RESPONSE, Deadline.Kind.LATEST_IF_EXTENDED, LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 1)));
        assertThat(recalculation.state().basis()).isEqualTo(DeadlineBasis.of(AFTER, RECEIVED.received()));
        assertThat(recalculation.state().events()).isEqualTo(RECEIVED.events());
        assertThat(THEN.deadlines(recalculation.state())).as("a state keeps its basis whichever process counts it")
                .extracting(Deadline::due).containsExactly(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 12, 1));
        assertThat(recalculation.provenance().policy()).isEqualTo(AFTER);
        assertThat(NOW.recalculate(recalculation.state()).unchanged()).isTrue();
    }

    @Test
    void aComplaintCountedOnOtherBankHolidayDataIsRefusedUntilRecalculated() {
        ComplaintState older = RECEIVED.withBasis(new DeadlineBasis(BEFORE, "sha256:0000000000000000", LocalDate.of(2029, 12, 31)));
        assertThatThrownBy(() -> THEN.apply(older, ProcessEvent.of(org.cscrules.core.process.EventType.WITHDRAWN, LocalDate.of(2026, 11, 5))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("state.basis.calendarDataVersion"))
                .hasMessageContaining("must be this release's bank-holiday data up to state.basis.calendarDataUntil, which differ")
                .hasMessageNotContaining("sha256:0000000000000000")
                .hasMessageContaining("recalculate the complaint");
        assertThatThrownBy(() -> THEN.deadlines(older)).isInstanceOf(InvalidRequestException.class);
        Recalculation recalculation = THEN.recalculate(older);
        assertThat(recalculation.calendarDataChanged()).isTrue();
        assertThat(recalculation.changedSettings()).isEmpty();
        assertThat(recalculation.unchanged()).isFalse();
        assertThat(THEN.deadlines(recalculation.state())).hasSize(2);
    }

    /** The basis covers the bank-holiday data to the end of the third year after receipt: 2029 for a complaint of 2026. */
    @Test
    void theBasisFingerprintsTheDataTheComplaintCanRunInto() {
        assertThat(RECEIVED.basis().calendarDataUntil()).isEqualTo(LocalDate.of(2029, 12, 31));
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        assertThat(Bases.countsAlikeOn(RECEIVED.basis(), calendar)).isTrue();
        assertThat(Bases.countsAlikeOn(RECEIVED.basis(), calendar.withClosures(List.of(LocalDate.of(2026, 11, 12)))))
                .as("closure days are policy, not data").isTrue();
        assertThat(Bases.countsAlikeOn(RECEIVED.basis(), calendar.toBuilder()
                .proclaimedBankHoliday(LocalDate.of(2029, 6, 4), "A day proclaimed after the official list").build()))
                .as("a projected year that a later release makes official differently").isFalse();
        assertThat(Bases.countsAlikeOn(RECEIVED.basis(), calendar.toBuilder()
                .proclaimedBankHoliday(LocalDate.of(2030, 6, 3), "A day after the basis").build())).isTrue();
    }

    /** A late request accepted years after receipt extends the basis over the data its new deadlines run into. */
    @Test
    void aComplaintStillRunningYearsLaterExtendsItsBasis() {
        ComplaintState old = THEN.start(LocalDate.of(2022, 1, 10));
        assertThat(old.basis().calendarDataUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        Transition responded = THEN.apply(old, ProcessEvent.of(org.cscrules.core.process.EventType.STAGE_1_RESPONSE_SENT,
                LocalDate.of(2022, 1, 20)));
        assertThat(responded.state().basis()).as("nothing runs past 2025: the basis stays").isEqualTo(old.basis());
        Transition late = NOW.apply(responded.state(), ProcessEvent.of(org.cscrules.core.process.EventType.STAGE_2_REQUESTED,
                LocalDate.of(2026, 6, 1)));
        assertThat(late.outcome()).isEqualTo(org.cscrules.core.process.TransitionOutcome.DISCRETION_REQUIRED);
        assertThat(late.deadlines()).allMatch(d -> d.due().getYear() == 2026);
        assertThat(late.state().basis().calendarDataUntil()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(late.state().basis().policy()).as("the policy stays the one it was received under").isEqualTo(BEFORE);
        assertThat(Bases.countsAlikeOn(late.state().basis(), WorkingDayCalendar.englandAndWales())).isTrue();
    }

    @Test
    void aStateWithoutABasisIsAClearError() {
        ComplaintState none = new ComplaintState(RECEIVED.stage(), RECEIVED.received(), RECEIVED.stage1ClockStart(),
                RECEIVED.events(), RECEIVED.extensions(), RECEIVED.deliveries(), null);
        assertThatThrownBy(() -> NOW.deadlines(none)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.message()).containsExactly("state.basis must not be null"));
        assertThatThrownBy(() -> NOW.recalculate(none)).isInstanceOf(InvalidRequestException.class);
    }
}
