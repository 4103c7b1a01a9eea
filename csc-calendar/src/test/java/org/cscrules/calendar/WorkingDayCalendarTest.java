package org.cscrules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar's contract at its edges: errors, the data horizon, closures and proclamations. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void isBuiltOnceAndShared() {
        assertThat(WorkingDayCalendar.englandAndWales()).isSameAs(CALENDAR);
    }

    @Test
    void datesOutsideTheRangeAreRefusedNotGuessed() {
        LocalDate before = WorkingDayCalendar.SUPPORTED_FROM.minusDays(1);
        LocalDate after = WorkingDayCalendar.SUPPORTED_TO.plusDays(1);
        for (LocalDate outside : List.of(before, after)) {
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(outside))
                    .isInstanceOf(DateOutOfRangeException.class)
                    .hasMessageContaining(outside.toString())
                    .hasMessageContaining("supported range 1990-01-01 to 2099-12-31")
                    .satisfies(e -> assertThat(((DateOutOfRangeException) e).date()).contains(outside));
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(outside, 0)).isInstanceOf(DateOutOfRangeException.class);
            assertThatThrownBy(() -> CALENDAR.workingDaysBetween(MONDAY, outside)).isInstanceOf(DateOutOfRangeException.class);
            assertThatThrownBy(() -> CALENDAR.nonWorkingDays(outside, MONDAY)).isInstanceOf(DateOutOfRangeException.class);
            assertThatThrownBy(() -> CALENDAR.isProvisional(outside)).isInstanceOf(DateOutOfRangeException.class);
        }
    }

    @Test
    void resultsBeyondTheRangeAreRefused() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2099, 12, 1), 65))
                .isInstanceOf(DateOutOfRangeException.class)
                .hasMessageContaining("65 working days after 2099-12-01 end after 2099-12-31")
                .satisfies(e -> assertThat(((DateOutOfRangeException) e).date()).isEmpty());
        assertThatThrownBy(() -> CALENDAR.minusWorkingDays(LocalDate.of(1990, 1, 3), 2))
                .isInstanceOf(DateOutOfRangeException.class)
                .hasMessageContaining("begin before 1990-01-01");
        assertThatThrownBy(() -> CALENDAR.nextWorkingDay(WorkingDayCalendar.SUPPORTED_TO))
                .isInstanceOf(DateOutOfRangeException.class);
        assertThat(CALENDAR.previousWorkingDay(LocalDate.of(1990, 1, 3))).isEqualTo(LocalDate.of(1990, 1, 2));
    }

    @Test
    void negativeCountsAndNullsAreCallerErrors() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(MONDAY, -1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("A number of working days cannot be negative: -1");
        assertThatThrownBy(() -> CALENDAR.minusWorkingDays(MONDAY, -5))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> CALENDAR.withClosures(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("closureDays must not be null");
        assertThatThrownBy(() -> CALENDAR.withClosures(Arrays.asList(MONDAY, null)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlinesAfterTheOfficialListAreProvisional() {
        assertThat(CALENDAR.officialDataUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(CALENDAR.isProvisional(LocalDate.of(2028, 12, 31))).isFalse();
        assertThat(CALENDAR.isProvisional(LocalDate.of(2029, 1, 1))).isTrue();
    }

    /**
     * The data version is pinned: a change to the bundled official holidays must change it, on
     * purpose, here. Closures are a council's policy, not data; a proclamation is data; a day
     * projected after the official list is not yet official data.
     */
    @Test
    void dataVersionFingerprintsTheOfficialStatutoryDaysOnly() {
        assertThat(CALENDAR.dataVersion()).isEqualTo("sha256:a87c4d06351337e0").matches("sha256:[0-9a-f]{16}")
                .isEqualTo(CALENDAR.dataVersionUntil(CALENDAR.officialDataUntil()));
        assertThat(CALENDAR.withClosures(List.of(MONDAY)).dataVersion()).isEqualTo(CALENDAR.dataVersion());
        assertThat(CALENDAR.toBuilder().build().dataVersion()).isEqualTo(CALENDAR.dataVersion());
        WorkingDayCalendar proclaimed = CALENDAR.toBuilder().proclaimedBankHoliday(MONDAY, "A proclaimed day").build();
        assertThat(proclaimed.dataVersion()).isNotEqualTo(CALENDAR.dataVersion());
        assertThat(proclaimed.dataVersionUntil(MONDAY.minusDays(1))).as("the data before the proclamation is the same")
                .isEqualTo(CALENDAR.dataVersionUntil(MONDAY.minusDays(1)));
        assertThat(CALENDAR.toBuilder().proclaimedBankHoliday(LocalDate.of(2030, 6, 3), "A projected year").build().dataVersion())
                .as("after the official list").isEqualTo(CALENDAR.dataVersion());
        assertThat(CALENDAR.toBuilder().renamedBankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute)").build().dataVersion())
                .as("names are not data that moves a deadline").isEqualTo(CALENDAR.dataVersion());
        assertThatThrownBy(() -> CALENDAR.dataVersionUntil(WorkingDayCalendar.SUPPORTED_TO.plusDays(1)))
                .isInstanceOf(DateOutOfRangeException.class);
    }

    @Test
    void nextAndPreviousAreStrict() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        assertThat(CALENDAR.nextWorkingDay(christmasEve)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(CALENDAR.previousWorkingDay(LocalDate.of(2026, 12, 29))).isEqualTo(christmasEve);
        assertThat(CALENDAR.nextWorkingDay(MONDAY)).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void listsOnlyNamedDaysInOrderAndNoWeekends() {
        List<NonWorkingDay> days = CALENDAR.nonWorkingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));
        assertThat(days).extracting(NonWorkingDay::date).containsExactly(
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 28),
                LocalDate.of(2027, 1, 1));
        assertThat(days).extracting(NonWorkingDay::name).containsExactly(
                "Christmas Day", "Boxing Day", "Boxing Day (substitute day)", "New Year's Day");
        assertThat(CALENDAR.nonWorkingDays(MONDAY, MONDAY.minusDays(1))).isEmpty();
    }

    @Test
    void closuresAreLocalPolicyAndOnlyMoveDeadlinesLater() {
        LocalDate received = LocalDate.of(2026, 12, 18);
        List<LocalDate> closures = List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 25));
        WorkingDayCalendar council = CALENDAR.withClosures(closures);

        assertThat(CALENDAR.plusWorkingDays(received, 10)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(council.plusWorkingDays(received, 10)).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(council.nonWorkingDays(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 31)))
                .extracting(NonWorkingDay::name, NonWorkingDay::kind)
                .containsExactly(
                        tuple("Christmas Day", NonWorkingDay.Kind.NAMED_IN_REGULATION_2),
                        tuple("Boxing Day", NonWorkingDay.Kind.NAMED_IN_REGULATION_2),
                        tuple("Boxing Day (substitute day)", NonWorkingDay.Kind.BANK_HOLIDAY),
                        tuple("Local closure day", NonWorkingDay.Kind.LOCAL_CLOSURE),
                        tuple("Local closure day", NonWorkingDay.Kind.LOCAL_CLOSURE),
                        tuple("Local closure day", NonWorkingDay.Kind.LOCAL_CLOSURE));
        assertThat(NonWorkingDay.Kind.LOCAL_CLOSURE.isStatutory()).isFalse();
        assertThat(CALENDAR.withClosures(List.of())).isEqualTo(CALENDAR).isNotSameAs(CALENDAR);
        assertThat(council).isNotEqualTo(CALENDAR);
    }

    @Test
    void aLateProclamationMovesADeadline() {
        LocalDate funeral = LocalDate.of(2027, 6, 7);
        WorkingDayCalendar proclaimed = CALENDAR.toBuilder()
                .proclaimedBankHoliday(funeral, "Special bank holiday")
                .build();
        assertThat(proclaimed.isWorkingDay(funeral)).isFalse();
        assertThat(proclaimed.plusWorkingDays(LocalDate.of(2027, 6, 4), 1)).isEqualTo(LocalDate.of(2027, 6, 8));
        assertThat(proclaimed.nonWorkingDays(funeral, funeral))
                .containsExactly(new NonWorkingDay(funeral, "Special bank holiday", NonWorkingDay.Kind.BANK_HOLIDAY));
    }

    @Test
    void aBankHolidayMovedByProclamationIsRevoked() {
        LocalDate spring = LocalDate.of(2027, 5, 31);
        WorkingDayCalendar moved = CALENDAR.toBuilder()
                .revokedBankHoliday(spring)
                .proclaimedBankHoliday(LocalDate.of(2027, 6, 3), "Spring bank holiday (moved)")
                .build();
        assertThat(moved.isWorkingDay(spring)).isTrue();
        assertThat(moved.isWorkingDay(LocalDate.of(2027, 6, 3))).isFalse();
    }

    @Test
    void theOrderOfBuilderCallsNeverChangesTheResult() {
        LocalDate spring = LocalDate.of(2027, 5, 31);
        WorkingDayCalendar closedFirst = CALENDAR.toBuilder().closure(spring, "Closed").revokedBankHoliday(spring).build();
        WorkingDayCalendar revokedFirst = CALENDAR.toBuilder().revokedBankHoliday(spring).closure(spring, "Closed").build();
        assertThat(closedFirst).isEqualTo(revokedFirst);
        assertThat(closedFirst.nonWorkingDays(spring, spring))
                .containsExactly(new NonWorkingDay(spring, "Closed", NonWorkingDay.Kind.LOCAL_CLOSURE));
    }

    @Test
    void aClosureGivesWayToALaterProclamationOnTheSameDay() {
        LocalDate day = LocalDate.of(2027, 6, 7);
        WorkingDayCalendar calendar = CALENDAR.withClosures(List.of(day)).toBuilder()
                .proclaimedBankHoliday(day, "Special bank holiday")
                .build();
        assertThat(calendar.nonWorkingDays(day, day))
                .containsExactly(new NonWorkingDay(day, "Special bank holiday", NonWorkingDay.Kind.BANK_HOLIDAY));
    }

    @Test
    void theBuilderRefusesContradictions() {
        WorkingDayCalendar.Builder builder = CALENDAR.toBuilder();
        assertThatThrownBy(() -> builder.proclaimedBankHoliday(LocalDate.of(2026, 12, 25), "Again"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-12-25 is already a non-working day (Christmas Day)");
        assertThatThrownBy(() -> builder.proclaimedBankHoliday(LocalDate.of(2026, 11, 28), "Saturday"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-11-28 is a SATURDAY: a bank holiday on it would change no working day");
        assertThatThrownBy(() -> builder.revokedBankHoliday(MONDAY))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-11-23 is not a bank holiday that can be revoked");
        assertThatThrownBy(() -> builder.revokedBankHoliday(LocalDate.of(2026, 4, 3)))
                .hasMessage("2026-04-03 is not a bank holiday that can be revoked (Good Friday)");
        assertThatThrownBy(() -> builder.closure(LocalDate.of(2100, 1, 4), "Too late"))
                .isInstanceOf(DateOutOfRangeException.class);
        assertThatThrownBy(() -> builder.closure(MONDAY, " "))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
