package org.cscrules.core.timescale;

import static org.assertj.core.api.Assertions.assertThat;

import org.cscrules.core.law.Timescale;
import org.cscrules.core.law.PeriodUnit;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cscrules.core.policy.LocalPolicy;

/**
 * Laws of the deadlines over triggers from 2006 (the Regulations) to 2090, 2,000 tries each (jqwik's
 * default is 1,000; each try builds a policy, so a little more is cheap and reaches every year).
 */
class DeadlinesProperties {

    @Provide
    Arbitrary<LocalDate> triggers() {
        return Arbitraries.longs().between(LocalDate.of(2006, 9, 1).toEpochDay(), LocalDate.of(2090, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
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

    @Property(tries = 2000)
    void noDeadlineFallsBeforeItsTriggerAndEachIsAWorkingDayWhenCountedInThem(
            @ForAll("triggers") LocalDate trigger, @ForAll boolean countTriggerDay,
            @ForAll @IntRange(max = 10) int closureDays, @ForAll @IntRange(max = 60) int closuresFrom) {
        Set<LocalDate> closures = trigger.plusDays(closuresFrom).datesUntil(trigger.plusDays(closuresFrom + closureDays))
                .collect(Collectors.toSet());
        Deadlines deadlines = Deadlines.create(LocalPolicy.builder()
                .countTriggerDay(countTriggerDay).closureDays(closures).build());
        Deadlines statutory = Deadlines.create(LocalPolicy.statutoryDefaults());
        for (Timescale timescale : Timescale.values()) {
            for (Deadline deadline : deadlines.after(timescale, trigger)) {
                assertThat(deadline.due()).isAfterOrEqualTo(trigger);
                if (timescale.unit() == PeriodUnit.WORKING_DAYS && deadline.length() > 0) {
                    assertThat(deadlines.calendar().isWorkingDay(deadline.due())).isTrue();
                    int counted = deadlines.calendar().workingDaysBetween(trigger, deadline.due())
                            + (countTriggerDay && deadlines.calendar().isWorkingDay(trigger) ? 1 : 0);
                    assertThat(counted).isEqualTo(deadline.length());
                    LocalDate statutoryDue = statutory.after(timescale, trigger).stream()
                            .filter(d -> d.kind() == deadline.kind()).findFirst().orElseThrow().due();
                    if (!statutoryDue.equals(deadline.due())) {
                        assertThat(deadline.provision().basis()).as("a date moved by a local setting says so")
                                .isEqualTo(org.cscrules.core.law.Basis.LOCAL_POLICY);
                    }
                }
            }
        }
    }
}
