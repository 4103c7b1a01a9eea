package org.cscrules.core.timescale;

import static org.assertj.core.api.Assertions.assertThat;

import org.cscrules.core.law.Timescale;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.cscrules.core.policy.LocalPolicy;
import org.junit.jupiter.api.Test;

/** A deadline's order is consistent with equals: a sorted set never merges two different deadlines. */
class DeadlineOrderTest {

    @Test
    void twoDeadlinesDueTheSameDayForTheSameTimescaleStayTwo() {
        Deadlines deadlines = Deadlines.create(LocalPolicy.statutoryDefaults());
        Deadline fromMonday = deadlines.due(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2026, 11, 2));
        Deadline sameDayOtherProvision = new Deadline(fromMonday.timescale(), fromMonday.kind(), fromMonday.trigger(),
                fromMonday.length(), fromMonday.due(), fromMonday.provisional(), fromMonday.target(),
                org.cscrules.core.law.Provision.procedure(fromMonday.provision().citation()));
        Deadline sameDayOtherTrigger = new Deadline(fromMonday.timescale(), fromMonday.kind(), fromMonday.trigger().plusDays(1),
                fromMonday.length() - 1, fromMonday.due(), fromMonday.provisional(), fromMonday.target(), fromMonday.provision());
        for (Deadline other : List.of(sameDayOtherProvision, sameDayOtherTrigger)) {
            assertThat(other).isNotEqualTo(fromMonday);
            assertThat(Integer.signum(other.compareTo(fromMonday))).isNotZero().isEqualTo(-Integer.signum(fromMonday.compareTo(other)));
            assertThat(new TreeSet<>(List.of(fromMonday, other))).hasSize(2);
        }
        Deadline copy = new Deadline(fromMonday.timescale(), fromMonday.kind(), fromMonday.trigger(), fromMonday.length(),
                fromMonday.due(), fromMonday.provisional(), fromMonday.target(), fromMonday.provision());
        assertThat(copy.compareTo(fromMonday)).isZero();
        assertThat(copy).isEqualTo(fromMonday);
        assertThat(deadlines.due(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2026, 11, 3))).isGreaterThan(fromMonday);
    }
}
