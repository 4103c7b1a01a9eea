package org.cscrules.core.timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cscrules.core.law.Timescale;
import java.time.LocalDate;
import java.util.List;
import org.cscrules.core.law.Basis;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of statute.md §1, T0-T14, against a date worked out by hand. */
class TimescaleTableTest {

    private static final Deadlines STATUTORY = Deadlines.create(LocalPolicy.statutoryDefaults());

    @ParameterizedTest(name = "{0} {1} from {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            T0_ACKNOWLEDGEMENT        | DUE                | 2022-12-23 | 2022-12-30 | A1 local default 3 wd; 26 and 27 Dec do not count
            T2_STAGE_1_RESPONSE       | DUE                | 2022-09-12 | 2022-09-27 | reg. 14: 10 wd; the State Funeral day does not count
            T2_STAGE_1_RESPONSE       | LATEST_IF_EXTENDED | 2022-09-12 | 2022-10-11 | reg. 14: at most 20 wd
            T4_STAGE_2_REQUEST        | DUE                | 2024-03-28 | 2024-04-29 | A4: 20 wd over Easter 2024
            T6_STAGE_2_RESPONSE       | DUE                | 2024-11-29 | 2025-01-08 | reg. 17: 25 wd over Christmas and New Year
            T6_STAGE_2_RESPONSE       | LATEST_IF_EXTENDED | 2024-01-02 | 2024-04-04 | reg. 17: at most 65 wd, over Easter 2024
            T8_STAGE_3_REQUEST        | DUE                | 2023-05-05 | 2023-06-06 | reg. 18: 20 wd; Coronation and Spring bank holiday 2023
            T9_REVIEW_PANEL           | DUE                | 2023-04-03 | 2023-05-19 | reg. 19(4): 30 wd over Easter, early May and the Coronation
            T10_PANEL_REPORT          | DUE                | 2022-09-14 | 2022-09-22 | reg. 20: 5 wd; the State Funeral day does not count
            T11_FINAL_RESPONSE        | DUE                | 2022-12-20 | 2023-01-13 | reg. 20(3): 15 wd from receipt of the report
            T12_OMBUDSMAN_TIME_LIMIT  | DUE                | 2024-02-29 | 2025-02-28 | LGA 1974 s26B: 12 months from first notice
            T13_OMBUDSMAN_PREMATURE   | DUE                | 2026-11-23 | 2027-02-15 | LGA 1974 s26(5): about 12 weeks
            T14_COMPLAINT_TIME_LIMIT  | DUE                | 2025-11-22 | 2026-11-22 | reg. 9: one year after the grounds arose
            """)
    void rowAgainstAHandCheckedDate(Timescale timescale, Deadline.Kind kind, LocalDate trigger, LocalDate expected,
                                    String reading) {
        Deadline deadline = STATUTORY.after(timescale, trigger).stream()
                .filter(d -> d.kind() == kind).findFirst().orElseThrow();
        assertThat(deadline.due()).as(reading).isEqualTo(expected);
        assertThat(deadline.trigger()).isEqualTo(trigger);
        assertThat(deadline.provision()).isEqualTo(timescale.provision());
    }

    @ParameterizedTest(name = "{0} has no fixed period")
    @CsvSource({"T1_SUFFICIENT_INTEREST_DECISION", "T3_TERMS_OF_RESOLUTION", "T5_STATEMENT_OF_COMPLAINT",
            "T7_STAGE_2_ADJUDICATION"})
    void rowsWithoutAFixedPeriodGiveNoDeadline(Timescale timescale) {
        assertThat(STATUTORY.after(timescale, LocalDate.of(2024, 3, 28))).isEmpty();
        assertThat(timescale.hasFixedPeriod()).isFalse();
        assertThatThrownBy(() -> STATUTORY.due(timescale, LocalDate.of(2024, 3, 28)))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(timescale + " has no fixed period");
    }

    /** A period that cannot be extended has no latest date: asking for one is a mistake, not an empty answer. */
    /** #13: a date outside the calendar is the calendar's documented error for every timescale, never a java.time one. */
    @Test
    void aTriggerOutsideTheCalendarIsItsDocumentedErrorNeverAJavaTimeOne() {
        Deadlines deadlines = Deadlines.create(org.cscrules.core.policy.LocalPolicy.statutoryDefaults());
        for (Timescale timescale : Timescale.values()) {
            for (LocalDate trigger : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(2100, 1, 1), LocalDate.of(2099, 12, 31))) {
                try {
                    deadlines.after(timescale, trigger);
                } catch (org.cscrules.calendar.DateOutOfRangeException expected) {
                    // documented: the date, or a due date after it, is outside the calendar's range
                }
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deadlines.after(Timescale.T12_OMBUDSMAN_TIME_LIMIT, LocalDate.MAX))
                .isInstanceOf(org.cscrules.calendar.DateOutOfRangeException.class);
    }

    @Test
    void onlyStages1And2HaveALatestDateIfExtended() {
        for (Timescale timescale : Timescale.values()) {
            if (timescale.isExtendable()) {
                assertThat(STATUTORY.latestIfExtended(timescale, LocalDate.of(2024, 3, 28)).kind())
                        .isEqualTo(Deadline.Kind.LATEST_IF_EXTENDED);
            } else {
                assertThatThrownBy(() -> STATUTORY.latestIfExtended(timescale, LocalDate.of(2024, 3, 28)))
                        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(timescale + " cannot be extended");
            }
        }
        assertThat(Timescale.values()).filteredOn(Timescale::isExtendable)
                .containsExactly(Timescale.T2_STAGE_1_RESPONSE, Timescale.T6_STAGE_2_RESPONSE);
    }

    @Test
    void theStatutoryLengthsAreThoseOfTheRegulations() {
        assertThat(Timescale.T2_STAGE_1_RESPONSE.length()).isEqualTo(10);
        assertThat(Timescale.T2_STAGE_1_RESPONSE.extendedMaximum()).isEqualTo(20);
        assertThat(Timescale.T6_STAGE_2_RESPONSE.length()).isEqualTo(25);
        assertThat(Timescale.T6_STAGE_2_RESPONSE.extendedMaximum()).isEqualTo(65);
        assertThat(Timescale.T9_REVIEW_PANEL.length() + Timescale.T10_PANEL_REPORT.length()
                + Timescale.T11_FINAL_RESPONSE.length()).as("stage 3 in all: 30 + 5 + 15").isEqualTo(50);
        assertThat(Timescale.values()).hasSize(15);
    }

    @Test
    void aLocalSettingThatChangesALengthSaysSo() {
        Deadlines seed001 = Deadlines.create(LocalPolicyExamples.cheshireWestAndChester2016());
        Deadline adjudication = seed001.adjudicationTarget(LocalDate.of(2024, 3, 28)).orElseThrow();
        assertThat(adjudication.due()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(adjudication.provision().basis()).isEqualTo(Basis.LOCAL_POLICY);
        assertThat(adjudication.provision().citation().reference()).isEqualTo("LocalPolicy.adjudicationTargetWorkingDays");

        Deadlines capped = Deadlines.create(LocalPolicy.builder().stage1ExtensionMaximumWorkingDays(15).build());
        Deadline latest = capped.latestIfExtended(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2022, 9, 12));
        assertThat(latest.length()).isEqualTo(15);
        assertThat(latest.provision().basis()).isEqualTo(Basis.LOCAL_POLICY);
    }

    @Test
    void theFinalResponseCanAlsoBeReadFromThePanel() {
        Deadline fromPanel = STATUTORY.finalResponseFromPanel(LocalDate.of(2022, 12, 13)).orElseThrow();
        assertThat(fromPanel.kind()).isEqualTo(Deadline.Kind.ALTERNATIVE_READING);
        assertThat(fromPanel.length()).isEqualTo(20);
        assertThat(fromPanel.due()).isEqualTo(LocalDate.of(2023, 1, 13));
        assertThat(Deadlines.create(LocalPolicy.builder().finalResponseAlsoFromPanel(false).build())
                .finalResponseFromPanel(LocalDate.of(2022, 12, 13))).isEmpty();
    }

    @Test
    void countingTheTriggerDayAndClosureDaysAreLocalChoices() {
        LocalDate monday = LocalDate.of(2022, 9, 12);
        Deadlines inclusive = Deadlines.create(LocalPolicy.builder().countTriggerDay(true).build());
        assertThat(inclusive.due(Timescale.T2_STAGE_1_RESPONSE, monday).due())
                .isEqualTo(LocalDate.of(2022, 9, 26));
        Deadlines closed = Deadlines.create(LocalPolicy.builder()
                .closureDays(java.util.Set.of(LocalDate.of(2022, 9, 13))).build());
        assertThat(closed.due(Timescale.T2_STAGE_1_RESPONSE, monday).due())
                .isEqualTo(LocalDate.of(2022, 9, 28));
        assertThat(closed.due(Timescale.T2_STAGE_1_RESPONSE, monday).provision().citation().reference())
                .isEqualTo("LocalPolicy.closureDays");
        assertThat(inclusive.due(Timescale.T2_STAGE_1_RESPONSE, monday).provision().citation().reference())
                .isEqualTo("LocalPolicy.countTriggerDay");
        assertThat(inclusive.due(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(1990, 1, 1)).due())
                .as("the first day of the calendar can be a trigger; New Year's Day is not a working day, so not day 1")
                .isEqualTo(LocalDate.of(1990, 1, 15));
    }

    @Test
    void reg20DeadlinesAreTargetsAndTheStage2MaximumIsHardByDefault() {
        assertThat(STATUTORY.due(Timescale.T11_FINAL_RESPONSE, LocalDate.of(2022, 12, 20)).target()).isTrue();
        assertThat(STATUTORY.latestIfExtended(Timescale.T6_STAGE_2_RESPONSE, LocalDate.of(2024, 1, 2)).target()).isFalse();
        Deadlines soft = Deadlines.create(LocalPolicy.builder().stage2MaximumIsHardCap(false)
                .reasonablyPracticableDeadlines(LocalPolicy.ReasonablyPracticable.HARD).build());
        assertThat(soft.latestIfExtended(Timescale.T6_STAGE_2_RESPONSE, LocalDate.of(2024, 1, 2)).target()).isTrue();
        assertThat(soft.due(Timescale.T11_FINAL_RESPONSE, LocalDate.of(2022, 12, 20)).target()).isFalse();
    }

    @Test
    void deadlinesBeyondTheOfficialHolidayListAreProvisional() {
        assertThat(STATUTORY.due(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2028, 12, 20)).provisional()).isTrue();
        assertThat(STATUTORY.due(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2028, 11, 1)).provisional()).isFalse();
    }
}
