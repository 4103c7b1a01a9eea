package org.cscrules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.test.StatuteAssertions.assertThatDeadline;

import java.time.LocalDate;
import java.util.List;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The kit's date assertions on a deliberately wrong system ({@link WrongCaseSystem}): each failure
 * message is checked word for word, since the message is what the kit is for.
 */
class DeadlineAssertTest {

    private static final LocalDate FRI_23_DEC_2022 = LocalDate.of(2022, 12, 23);

    @Test
    void aRightDatePasses() {
        assertThatDeadline(LocalDate.of(2023, 1, 11)).isDueFor(Timescale.T2_STAGE_1_RESPONSE, FRI_23_DEC_2022)
                .isWorkingDaysAfter(10, FRI_23_DEC_2022);
        assertThatDeadline(LocalDate.of(2023, 1, 25)).isLatestIfExtendedFor(Timescale.T2_STAGE_1_RESPONSE, FRI_23_DEC_2022);
    }

    @Test
    void aMissingSubstituteDayIsNamedAsTheCandidate() {
        assertThatThrownBy(() -> assertThatDeadline(WrongCaseSystem.stage1Due(FRI_23_DEC_2022))
                .isDueFor(Timescale.T2_STAGE_1_RESPONSE, FRI_23_DEC_2022))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(STAGE_1);
    }

    @Test
    void countingTheTriggerDayIsOneWorkingDayShort() {
        LocalDate requested = LocalDate.of(2023, 3, 1);
        assertThatThrownBy(() -> assertThatDeadline(WrongCaseSystem.stage2Due(requested))
                .isDueFor(Timescale.T6_STAGE_2_RESPONSE, requested))
                .hasMessage(STAGE_2);
    }

    @Test
    void aDateTooLateAndNotAWorkingDaySaysBoth() {
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2023, 1, 14)).isWorkingDaysAfter(10, FRI_23_DEC_2022))
                .hasMessage(TOO_LATE);
    }

    /** Under a council's policy its closure days are not working days: the same date is then one short. */
    @Test
    void underAPolicyItsClosureDaysAreNotWorkingDays() {
        LocalPolicy closesAtNewYear = LocalPolicy.builder().closureDays(List.of(LocalDate.of(2022, 12, 29))).build();
        assertThatDeadline(LocalDate.of(2023, 1, 12)).under(closesAtNewYear).isDueFor(Timescale.T2_STAGE_1_RESPONSE, FRI_23_DEC_2022);
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2023, 1, 11)).under(closesAtNewYear)
                .isDueFor(Timescale.T2_STAGE_1_RESPONSE, FRI_23_DEC_2022))
                .hasMessageStartingWith("expected Thu 12 Jan 2023, 10 working days after Fri 23 Dec 2022 (Stage 1 response, "
                        + "SI 2006/1738 reg. 14; counted under LocalPolicy.closureDays);\nwas Wed 11 Jan 2023, one working day short.")
                .hasMessageContaining("Thu 29 Dec 2022: Local closure day;");
    }

    /** A period of months is off by days, not working days (the one-year time limit, reg. 9). */
    @Test
    void aPeriodOfMonthsIsOffByDays() {
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2023, 12, 22)).isDueFor(Timescale.T14_COMPLAINT_TIME_LIMIT,
                FRI_23_DEC_2022)).hasMessageContaining("12 months after Fri 23 Dec 2022")
                .hasMessageContaining("was Fri 22 Dec 2023, one day early.").hasMessageNotContaining("Working days counted");
    }

    /** Where the council counts the day a clock starts, the days counted start on it. */
    @Test
    void underAPolicyThatCountsTheTriggerDayTheCountStartsOnIt() {
        LocalPolicy countsTheDay = LocalPolicy.builder().countTriggerDay(true).build();
        LocalDate wednesday = LocalDate.of(2023, 3, 1);
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2023, 3, 15)).under(countsTheDay)
                .isDueFor(Timescale.T2_STAGE_1_RESPONSE, wednesday))
                .hasMessageContaining("was Wed 15 Mar 2023, one working day too late.")
                .hasMessageContaining("Working days counted: 1 Wed 1 Mar 2023, 2 Thu 2 Mar 2023,")
                .hasMessageContaining("10 Tue 14 Mar 2023.");
    }

    /** A date before the trigger is still counted, and the days between it and the trigger named. */
    @Test
    void aDateBeforeTheTriggerIsCounted() {
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2022, 12, 22)).isWorkingDaysAfter(10, FRI_23_DEC_2022))
                .hasMessageContaining("was Thu 22 Dec 2022, 11 working days short.");
    }

    /** A date years off gives a message that can be read: weekends counted, not listed; one outside the calendar says so. */
    @Test
    void aDateFarOffOrOutsideTheCalendarIsSaidBriefly() {
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2090, 1, 2)).isWorkingDaysAfter(10, FRI_23_DEC_2022))
                .hasMessageContaining("Not working days between them: 6996 Saturdays and Sundays, and Sun 25 Dec 2022: Christmas Day;")
                .hasMessageContaining("; and ").message().hasSizeLessThan(5_000);
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2150, 1, 1)).isWorkingDaysAfter(10, FRI_23_DEC_2022))
                .hasMessageEndingWith("was Thu 1 Jan 2150, outside the calendar's range (Mon 1 Jan 1990 to Thu 31 Dec 2099).");
    }

    @Test
    void noDateAndBadArgumentsAreSaidPlainly() {
        assertThatThrownBy(() -> assertThatDeadline(null).isWorkingDaysAfter(10, FRI_23_DEC_2022))
                .hasMessage("expected Wed 11 Jan 2023, 10 working days after Fri 23 Dec 2022;\nwas no date (null).");
        assertThatThrownBy(() -> assertThatDeadline(FRI_23_DEC_2022).isWorkingDaysAfter(0, FRI_23_DEC_2022))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assertThatDeadline(FRI_23_DEC_2022).under(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assertThatDeadline(FRI_23_DEC_2022).isDeadline(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFailureCarriesBothDatesForAnIdesDiff() {
        assertThatThrownBy(() -> assertThatDeadline(LocalDate.of(2023, 1, 10)).isWorkingDaysAfter(10, FRI_23_DEC_2022))
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    assertThat(failure.getExpected().getValue()).isEqualTo(LocalDate.of(2023, 1, 11));
                    assertThat(failure.getActual().getValue()).isEqualTo(LocalDate.of(2023, 1, 10));
                });
    }

    private static final String STAGE_1 = "expected Wed 11 Jan 2023, 10 working days after Fri 23 Dec 2022 (Stage 1 response, SI 2006/1738 reg. 14);\n"
            + "was Tue 10 Jan 2023, one working day short.\n"
            + "Not working days between them: Sat 24 Dec 2022; Sun 25 Dec 2022: Christmas Day; Mon 26 Dec 2022: Boxing Day; Tue 27 Dec 2022: Christmas Day (substitute day); Sat 31 Dec 2022; Sun 1 Jan 2023; Mon 2 Jan 2023: New Year's Day (substitute day); Sat 7 Jan 2023; Sun 8 Jan 2023.\n"
            + "Working days counted: 1 Wed 28 Dec 2022, 2 Thu 29 Dec 2022, 3 Fri 30 Dec 2022, 4 Tue 3 Jan 2023, 5 Wed 4 Jan 2023, 6 Thu 5 Jan 2023, 7 Fri 6 Jan 2023, 8 Mon 9 Jan 2023, 9 Tue 10 Jan 2023, 10 Wed 11 Jan 2023.\n"
            + "Counting Fri 23 Dec 2022 itself as day 1 gives the date given; the count starts the day after.";
    private static final String STAGE_2 = "expected Wed 5 Apr 2023, 25 working days after Wed 1 Mar 2023 (Stage 2 response, SI 2006/1738 reg. 17);\n"
            + "was Tue 4 Apr 2023, one working day short.\n"
            + "Not working days between them: Sat 4 Mar 2023; Sun 5 Mar 2023; Sat 11 Mar 2023; Sun 12 Mar 2023; Sat 18 Mar 2023; Sun 19 Mar 2023; Sat 25 Mar 2023; Sun 26 Mar 2023; Sat 1 Apr 2023; Sun 2 Apr 2023.\n"
            + "Working days counted: 1 Thu 2 Mar 2023, 2 Fri 3 Mar 2023, 3 Mon 6 Mar 2023, 4 Tue 7 Mar 2023, 5 Wed 8 Mar 2023, 6 Thu 9 Mar 2023, 7 Fri 10 Mar 2023, 8 Mon 13 Mar 2023, 9 Tue 14 Mar 2023, 10 Wed 15 Mar 2023, 11 Thu 16 Mar 2023, 12 Fri 17 Mar 2023, 13 Mon 20 Mar 2023, 14 Tue 21 Mar 2023, 15 Wed 22 Mar 2023, 16 Thu 23 Mar 2023, 17 Fri 24 Mar 2023, 18 Mon 27 Mar 2023, 19 Tue 28 Mar 2023, 20 Wed 29 Mar 2023, 21 Thu 30 Mar 2023, 22 Fri 31 Mar 2023, 23 Mon 3 Apr 2023, 24 Tue 4 Apr 2023, 25 Wed 5 Apr 2023.\n"
            + "Counting Wed 1 Mar 2023 itself as day 1 gives the date given; the count starts the day after.";
    private static final String TOO_LATE = "expected Wed 11 Jan 2023, 10 working days after Fri 23 Dec 2022;\n"
            + "was Sat 14 Jan 2023, two working days too late, and itself not a working day.\n"
            + "Not working days between them: Sat 24 Dec 2022; Sun 25 Dec 2022: Christmas Day; Mon 26 Dec 2022: Boxing Day; Tue 27 Dec 2022: Christmas Day (substitute day); Sat 31 Dec 2022; Sun 1 Jan 2023; Mon 2 Jan 2023: New Year's Day (substitute day); Sat 7 Jan 2023; Sun 8 Jan 2023; Sat 14 Jan 2023.\n"
            + "Working days counted: 1 Wed 28 Dec 2022, 2 Thu 29 Dec 2022, 3 Fri 30 Dec 2022, 4 Tue 3 Jan 2023, 5 Wed 4 Jan 2023, 6 Thu 5 Jan 2023, 7 Fri 6 Jan 2023, 8 Mon 9 Jan 2023, 9 Tue 10 Jan 2023, 10 Wed 11 Jan 2023.";
}
