package org.cscrules.core.timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.cscrules.core.law.Timescale;
import org.cscrules.core.law.PeriodUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.cscrules.core.law.Basis;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;

/**
 * Laws of the deadlines. Over triggers from 2012 to 2027, whose periods end inside the official
 * bank-holiday data, every due date is checked against an independent oracle ({@link
 * NaiveDueDates}), under random council settings, closure days and counting conventions. Over
 * triggers from 2006 (the Regulations) to 2090, where only the library's own calendar knows the
 * days, the laws that hold whatever the days are. 2,000 tries each (jqwik's default is 1,000; each
 * try builds a policy, so a little more is cheap and reaches every year).
 */
class DeadlinesProperties {

    /** The settings that change a length or the way it is counted, as the property chose them. */
    record Settings(boolean countTriggerDay, int acknowledgement, int stage1Cap, int stage2Window, int stage3Window,
                    OptionalInt adjudicationTarget, LocalPolicy.Stage2ClockStart stage2ClockStart, boolean finalResponseFromPanel) {

        LocalPolicy policy(Set<LocalDate> closures) {
            return LocalPolicy.builder().countTriggerDay(countTriggerDay).acknowledgementWorkingDays(acknowledgement)
                    .stage1ExtensionMaximumWorkingDays(stage1Cap).stage2RequestWindowWorkingDays(stage2Window)
                    .stage3RequestWindowWorkingDays(stage3Window).adjudicationTargetWorkingDays(adjudicationTarget)
                    .stage2ClockStart(stage2ClockStart).finalResponseAlsoFromPanel(finalResponseFromPanel).closureDays(closures).build();
        }
    }

    @Provide
    Arbitrary<LocalDate> triggers() {
        return Arbitraries.longs().between(LocalDate.of(2006, 9, 1).toEpochDay(), LocalDate.of(2090, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Triggers whose every period ends by the last day of the official data (a year's period
     * included), one in four on a bank holiday or within three days of one, where a count goes
     * wrong first.
     */
    @Provide
    Arbitrary<LocalDate> officialTriggers() {
        LocalDate lastTrigger = NaiveDueDates.LAST.minusYears(1);
        Arbitrary<LocalDate> anyDay = Arbitraries.longs().between(NaiveDueDates.FIRST.toEpochDay(), lastTrigger.toEpochDay())
                .map(LocalDate::ofEpochDay);
        List<LocalDate> holidays = NaiveDueDates.BANK_HOLIDAYS.stream().filter(day -> day.isBefore(lastTrigger.minusDays(3)))
                .sorted().toList();
        Arbitrary<LocalDate> nearAHoliday = Combinators.combine(Arbitraries.of(holidays), Arbitraries.integers().between(-3, 3))
                .as((holiday, offset) -> holiday.plusDays(offset).isBefore(NaiveDueDates.FIRST) ? holiday : holiday.plusDays(offset));
        return Arbitraries.frequencyOf(Tuple.of(3, anyDay), Tuple.of(1, nearAHoliday));
    }

    /** Every value a council may give the settings that change a length or how it is counted. */
    @Provide
    Arbitrary<Settings> settings() {
        Arbitrary<Integer> window = Arbitraries.integers().between(Timescale.T4_STAGE_2_REQUEST.length(),
                Timescale.T6_STAGE_2_RESPONSE.extendedMaximum());
        Arbitrary<OptionalInt> adjudication = Arbitraries.integers().between(1, Timescale.T6_STAGE_2_RESPONSE.extendedMaximum())
                .map(OptionalInt::of).injectNull(0.3).map(days -> days == null ? OptionalInt.empty() : days);
        Arbitrary<Integer> acknowledgement = Arbitraries.integers().between(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS.minimum().getAsInt(),
                PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS.maximum().getAsInt());
        return Combinators.combine(Arbitraries.of(true, false), acknowledgement,
                        Arbitraries.integers().between(Timescale.T2_STAGE_1_RESPONSE.length(), Timescale.T2_STAGE_1_RESPONSE.extendedMaximum()),
                        window, window, adjudication, Arbitraries.of(LocalPolicy.Stage2ClockStart.class), Arbitraries.of(true, false))
                .as(Settings::new);
    }

    /**
     * Every deadline of every timescale, and every extension, second reading and backstop, falls on
     * the day the naive count gives: its length read from the {@link Timescale} table, or the
     * council's setting where it sets one; counted in its unit, on the official bank holidays and
     * the council's closure days, from the day after the trigger or, where the council counts it,
     * from the trigger day. A date a local setting moved from the statutory count says so.
     */
    @Property(tries = 2000)
    void everyDueDateIsTheNaiveCountOfItsPeriod(@ForAll("officialTriggers") LocalDate trigger, @ForAll("settings") Settings settings,
                                                @ForAll @IntRange(max = 10) int closureDays,
                                                @ForAll @IntRange(min = -5, max = 60) int closuresFrom,
                                                @ForAll @IntRange(max = 1000) int extensionPick) {
        Set<LocalDate> closures = trigger.plusDays(closuresFrom).datesUntil(trigger.plusDays(closuresFrom + closureDays))
                .collect(Collectors.toSet());
        Deadlines deadlines = Deadlines.create(settings.policy(closures));
        Statistics.label("trigger").collect(NaiveDueDates.BANK_HOLIDAYS.contains(trigger) ? "bank holiday"
                : NaiveDueDates.isWorkingDay(trigger, Set.of()) ? "working day" : "weekend");
        Statistics.label("trigger").coverage(coverage -> coverage.check("bank holiday").percentage(p -> p > 1));
        for (Timescale timescale : Timescale.values()) {
            List<Deadline> found = deadlines.after(timescale, trigger);
            assertThat(found).as("%s from %s: the periods", timescale, trigger).extracting(Deadline::kind, Deadline::length)
                    .containsExactlyElementsOf(periods(timescale, settings));
            for (Deadline deadline : found) {
                assertNaive(deadline, timescale, trigger, deadline.length(), settings, closures);
            }
            if (timescale.isExtendable()) {
                int days = timescale.length() + extensionPick % (timescale.extendedMaximum() - timescale.length() + 1);
                assertNaive(deadlines.extended(timescale, trigger, days), timescale, trigger, days, settings, closures);
            }
        }
        int fromPanel = Timescale.T10_PANEL_REPORT.length() + Timescale.T11_FINAL_RESPONSE.length();
        assertSecondReading(deadlines.finalResponseFromPanel(trigger), settings.finalResponseFromPanel(),
                Timescale.T11_FINAL_RESPONSE, Deadline.Kind.ALTERNATIVE_READING, trigger, fromPanel, settings, closures);
        boolean fromStatement = settings.stage2ClockStart() == LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED;
        assertSecondReading(deadlines.stage2FromRequest(trigger), fromStatement, Timescale.T6_STAGE_2_RESPONSE,
                Deadline.Kind.ALTERNATIVE_READING, trigger, Timescale.T6_STAGE_2_RESPONSE.length(), settings, closures);
        assertSecondReading(deadlines.stage2MaximumFromRequest(trigger), fromStatement, Timescale.T6_STAGE_2_RESPONSE,
                Deadline.Kind.LATEST_IF_EXTENDED, trigger, Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), settings, closures);
    }

    /**
     * The periods {@code timescale} starts, as kind and length: the table's, or the council's where
     * it sets one; none without a fixed period (T7 has the council's target, if it sets one).
     */
    private static List<org.assertj.core.groups.Tuple> periods(Timescale timescale, Settings settings) {
        List<org.assertj.core.groups.Tuple> periods = new ArrayList<>();
        int ordinary = switch (timescale) {
            case T0_ACKNOWLEDGEMENT -> settings.acknowledgement();
            case T4_STAGE_2_REQUEST -> settings.stage2Window();
            case T8_STAGE_3_REQUEST -> settings.stage3Window();
            case T7_STAGE_2_ADJUDICATION -> settings.adjudicationTarget().orElse(-1);
            default -> timescale.hasFixedPeriod() ? timescale.length() : -1;
        };
        if (ordinary >= 0) {
            periods.add(tuple(Deadline.Kind.DUE, ordinary));
        }
        if (timescale.isExtendable()) {
            periods.add(tuple(Deadline.Kind.LATEST_IF_EXTENDED,
                    timescale == Timescale.T2_STAGE_1_RESPONSE ? settings.stage1Cap() : timescale.extendedMaximum()));
        }
        return periods;
    }

    /** A second reading or backstop: there exactly when the council's setting asks for it, and then the naive count. */
    private static void assertSecondReading(Optional<Deadline> found, boolean expected, Timescale timescale, Deadline.Kind kind,
                                            LocalDate trigger, int length, Settings settings, Set<LocalDate> closures) {
        assertThat(found).as("%s %s from %s (%s)", timescale, kind, trigger, settings).matches(d -> d.isPresent() == expected);
        found.ifPresent(deadline -> {
            assertThat(deadline.kind()).isEqualTo(kind);
            assertNaive(deadline, timescale, trigger, length, settings, closures);
        });
    }

    /** {@code deadline} is {@code length} of {@code timescale}'s units from {@code trigger}, on the naive count. */
    private static void assertNaive(Deadline deadline, Timescale timescale, LocalDate trigger, int length, Settings settings,
                                    Set<LocalDate> closures) {
        LocalDate expected = switch (timescale.unit()) {
            case WEEKS -> NaiveDueDates.weeks(trigger, length);
            case MONTHS -> NaiveDueDates.months(trigger, length);
            // working days; T7, the council's own target, has no statutory period but counts working days too
            case WORKING_DAYS, NO_FIXED_PERIOD -> NaiveDueDates.workingDays(trigger, length, settings.countTriggerDay(), closures);
        };
        assertThat(deadline.due()).as("%s %s of %s from %s (%s)", timescale, deadline.kind(), length, trigger, settings)
                .isEqualTo(expected);
        assertThat(deadline.timescale()).isEqualTo(timescale);
        assertThat(deadline.trigger()).isEqualTo(trigger);
        assertThat(deadline.length()).isEqualTo(length);
        assertThat(deadline.provisional()).as("a date inside the official data is never provisional").isFalse();
        if (timescale.unit() != PeriodUnit.WEEKS && timescale.unit() != PeriodUnit.MONTHS
                && !expected.equals(NaiveDueDates.workingDays(trigger, length, false, Set.of()))) {
            assertThat(deadline.provision().basis()).as("a date moved by a local setting says so").isEqualTo(Basis.LOCAL_POLICY);
        }
    }

    @Property(tries = 2000)
    void anExtendedDeadlineIsNeverEarlierThanTheOrdinaryOne(@ForAll("triggers") LocalDate trigger,
                                                            @ForAll @IntRange(min = 10, max = 20) int stage1Cap,
                                                            @ForAll boolean countTriggerDay) {
        Deadlines deadlines = Deadlines.create(LocalPolicy.builder()
                .stage1ExtensionMaximumWorkingDays(stage1Cap).countTriggerDay(countTriggerDay).build());
        for (Timescale timescale : Timescale.values()) {
            if (timescale.isExtendable()) {
                assertThat(deadlines.latestIfExtended(timescale, trigger).due())
                        .isAfterOrEqualTo(deadlines.due(timescale, trigger).due());
            }
        }
    }

    /**
     * Over the library's whole range, official data or not: a deadline counted in working days falls
     * on a working day of the council's calendar, that calendar counts its length between the
     * trigger and it, and a date a local setting moved from the statutory one says so.
     */
    @Property(tries = 2000)
    void eachWorkingDayDeadlineIsAWorkingDayAndCountsItsLengthOnItsCalendar(
            @ForAll("triggers") LocalDate trigger, @ForAll boolean countTriggerDay,
            @ForAll @IntRange(max = 10) int closureDays, @ForAll @IntRange(max = 60) int closuresFrom) {
        Set<LocalDate> closures = trigger.plusDays(closuresFrom).datesUntil(trigger.plusDays(closuresFrom + closureDays))
                .collect(Collectors.toSet());
        Deadlines deadlines = Deadlines.create(LocalPolicy.builder()
                .countTriggerDay(countTriggerDay).closureDays(closures).build());
        Deadlines statutory = Deadlines.create(LocalPolicy.statutoryDefaults());
        for (Timescale timescale : Timescale.values()) {
            for (Deadline deadline : deadlines.after(timescale, trigger)) {
                if (timescale.unit() == PeriodUnit.WORKING_DAYS && deadline.length() > 0) {
                    assertThat(deadlines.calendar().isWorkingDay(deadline.due())).isTrue();
                    int counted = deadlines.calendar().workingDaysBetween(trigger, deadline.due())
                            + (countTriggerDay && deadlines.calendar().isWorkingDay(trigger) ? 1 : 0);
                    assertThat(counted).isEqualTo(deadline.length());
                    LocalDate statutoryDue = statutory.after(timescale, trigger).stream()
                            .filter(d -> d.kind() == deadline.kind()).findFirst().orElseThrow().due();
                    if (!statutoryDue.equals(deadline.due())) {
                        assertThat(deadline.provision().basis()).as("a date moved by a local setting says so")
                                .isEqualTo(Basis.LOCAL_POLICY);
                    }
                }
            }
        }
    }
}
