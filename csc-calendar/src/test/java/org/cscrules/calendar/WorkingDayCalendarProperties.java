package org.cscrules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The laws of DESIGN.md §2, checked against a naive day-by-day oracle across the whole supported
 * range. Each property runs {@value #TRIES} tries (jqwik's default is 1,000): with about 40,000
 * start dates and lengths up to {@value #MAX_N} working days, 10,000 random cases per law reach
 * every year of the range many times over and take well under a second each.
 *
 * <p>The oracle steps a day at a time over the calendar's own list of non-working days, so these
 * properties test the index and the arithmetic, not the holiday data: the data is tested by
 * {@link GoldenBankHolidaysTest} (official list) and {@link JollydayTableTest} (Jollyday).
 */
class WorkingDayCalendarProperties {

    static final int TRIES = 10_000;
    /** Longest count tried: five times the longest statutory timescale (65 working days). */
    static final int MAX_N = 325;
    /** Start dates stop this many days before the range ends, so that every result fits. */
    private static final int HEADROOM_DAYS = 2 * MAX_N;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Set<LocalDate> HOLIDAYS = CALENDAR
            .nonWorkingDays(WorkingDayCalendar.SUPPORTED_FROM, WorkingDayCalendar.SUPPORTED_TO).stream()
            .map(NonWorkingDay::date)
            .collect(Collectors.toUnmodifiableSet());

    /** The oracle: a day is working unless it is a weekend or in the given set. */
    private static boolean naiveIsWorking(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The oracle's n-th working day from start, stepping a day at a time ({@code step} = +1
     * forwards, -1 backwards). Outside the range every weekday counts as working: where the
     * oracle lands outside it, the calendar must refuse.
     */
    private static LocalDate naiveMove(LocalDate start, int n, Set<LocalDate> holidays, int step) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(step);
            if (naiveIsWorking(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    private static LocalDate naivePlus(LocalDate start, int n, Set<LocalDate> holidays) {
        return naiveMove(start, n, holidays, 1);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(WorkingDayCalendar.SUPPORTED_FROM.toEpochDay() + HEADROOM_DAYS,
                        WorkingDayCalendar.SUPPORTED_TO.toEpochDay() - HEADROOM_DAYS)
                .map(LocalDate::ofEpochDay)
                .edgeCases(edges -> edges.add(LocalDate.of(2022, 9, 16), LocalDate.of(2022, 12, 23)));
    }

    /** Dates within a year of either end of the range, where results may fall outside it. */
    @Provide
    Arbitrary<LocalDate> nearTheEdges() {
        Arbitrary<Long> first = Arbitraries.longs().between(0, 366)
                .map(days -> WorkingDayCalendar.SUPPORTED_FROM.toEpochDay() + days);
        Arbitrary<Long> last = Arbitraries.longs().between(0, 366)
                .map(days -> WorkingDayCalendar.SUPPORTED_TO.toEpochDay() - days);
        return Arbitraries.oneOf(first, last).map(LocalDate::ofEpochDay)
                .edgeCases(edges -> edges.add(WorkingDayCalendar.SUPPORTED_FROM, WorkingDayCalendar.SUPPORTED_TO));
    }

    @Provide
    Arbitrary<LocalDate> workingDays() {
        return dates().map(CALENDAR::nextWorkingDay);
    }

    @Property(tries = TRIES)
    void plusAgreesWithTheNaiveOracle(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = MAX_N) int n) {
        assertThat(CALENDAR.plusWorkingDays(start, n)).isEqualTo(naivePlus(start, n, HOLIDAYS));
    }

    @Property(tries = TRIES)
    void nearTheEdgesAResultIsRightOrRefusedNeverWrong(@ForAll("nearTheEdges") LocalDate start,
                                                        @ForAll @IntRange(max = MAX_N) int n) {
        LocalDate forwards = naivePlus(start, n, HOLIDAYS);
        if (forwards.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(start, n)).isInstanceOf(DateOutOfRangeException.class);
        } else {
            assertThat(CALENDAR.plusWorkingDays(start, n)).isEqualTo(forwards);
        }
        LocalDate backwards = naiveMove(start, n, HOLIDAYS, -1);
        if (backwards.isBefore(WorkingDayCalendar.SUPPORTED_FROM)) {
            assertThatThrownBy(() -> CALENDAR.minusWorkingDays(start, n)).isInstanceOf(DateOutOfRangeException.class);
        } else {
            assertThat(CALENDAR.minusWorkingDays(start, n)).isEqualTo(backwards);
        }
    }

    @Property(tries = TRIES)
    void isWorkingDayAgreesWithTheNaiveOracle(@ForAll("dates") LocalDate day) {
        assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(naiveIsWorking(day, HOLIDAYS));
    }

    @Property(tries = TRIES)
    void betweenCountsWhatTheOracleCounts(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = MAX_N) int days) {
        LocalDate end = start.plusDays(days);
        long naive = start.plusDays(1).datesUntil(end.plusDays(1)).filter(d -> naiveIsWorking(d, HOLIDAYS)).count();
        assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo((int) naive);
        assertThat(CALENDAR.workingDaysBetween(end, start)).isZero();
    }

    @Property(tries = TRIES)
    void plusIsAdditive(@ForAll("dates") LocalDate start,
                        @ForAll @IntRange(max = MAX_N / 2) int a, @ForAll @IntRange(max = MAX_N / 2) int b) {
        assertThat(CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(start, a), b))
                .isEqualTo(CALENDAR.plusWorkingDays(start, a + b));
    }

    @Property(tries = TRIES)
    void aPositiveCountEndsOnAWorkingDayAfterTheStart(@ForAll("dates") LocalDate start,
                                                      @ForAll @IntRange(min = 1, max = MAX_N) int n) {
        LocalDate due = CALENDAR.plusWorkingDays(start, n);
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        assertThat(due).isAfter(start);
    }

    @Property(tries = TRIES)
    void betweenInvertsPlus(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = MAX_N) int n) {
        assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.plusWorkingDays(start, n))).isEqualTo(n);
    }

    @Property(tries = TRIES)
    void plusIsMonotonicInTheCount(@ForAll("dates") LocalDate start,
                                   @ForAll @IntRange(max = MAX_N) int n, @ForAll @IntRange(max = MAX_N) int m) {
        LocalDate shorter = CALENDAR.plusWorkingDays(start, Math.min(n, m));
        LocalDate longer = CALENDAR.plusWorkingDays(start, Math.max(n, m));
        assertThat(shorter).isBeforeOrEqualTo(longer);
        if (n != m) {
            assertThat(shorter).isBefore(longer);
        }
    }

    @Property(tries = TRIES)
    void plusIsMonotonicInTheStart(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 30) int laterBy,
                                   @ForAll @IntRange(max = MAX_N) int n) {
        assertThat(CALENDAR.plusWorkingDays(start, n))
                .isBeforeOrEqualTo(CALENDAR.plusWorkingDays(start.plusDays(laterBy), n));
    }

    @Property(tries = TRIES)
    void minusInvertsPlusOnWorkingDays(@ForAll("workingDays") LocalDate day, @ForAll @IntRange(max = MAX_N) int n) {
        assertThat(CALENDAR.minusWorkingDays(CALENDAR.plusWorkingDays(day, n), n)).isEqualTo(day);
        assertThat(CALENDAR.plusWorkingDays(CALENDAR.minusWorkingDays(day, n), n)).isEqualTo(day);
    }

    @Property(tries = TRIES)
    void nextAndPreviousAreOneWorkingDayAway(@ForAll("dates") LocalDate day) {
        LocalDate next = CALENDAR.nextWorkingDay(day);
        LocalDate previous = CALENDAR.previousWorkingDay(day);
        assertThat(CALENDAR.workingDaysBetween(day, next)).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(previous, day)).isEqualTo(CALENDAR.isWorkingDay(day) ? 1 : 0);
        assertThat(previous.plusDays(1).datesUntil(next).filter(CALENDAR::isWorkingDay).toList())
                .isSubsetOf(day);
    }

    @Property(tries = TRIES)
    void closuresOnlyMoveDeadlinesLater(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = MAX_N) int n,
                                        @ForAll @Size(max = 12) List<@IntRange(max = 120) Integer> closureOffsets) {
        List<LocalDate> closures = closureOffsets.stream().map(start::plusDays).toList();
        WorkingDayCalendar council = CALENDAR.withClosures(closures);
        Set<LocalDate> closed = new HashSet<>(HOLIDAYS);
        closed.addAll(closures);

        LocalDate due = council.plusWorkingDays(start, n);
        assertThat(due).isAfterOrEqualTo(CALENDAR.plusWorkingDays(start, n));
        assertThat(due).isEqualTo(naivePlus(start, n, closed));
        assertThat(council.workingDaysBetween(start, due)).isEqualTo(n);
    }
}
