package org.cscrules.examples;

import static org.cscrules.core.law.Timescale.T2_STAGE_1_RESPONSE;
import static org.cscrules.test.StatuteAssertions.assertThatDeadline;
import java.time.LocalDate;
import org.cscrules.test.junit.EveryDay;
import org.junit.jupiter.params.ParameterizedTest;

class Stage1DeadlineTest {
    @ParameterizedTest @EveryDay(from = "2022-01-01", to = "2024-12-31")
    void stage1(LocalDate received) { assertThatDeadline(CaseSystem.stage1Due(received)).isDueFor(T2_STAGE_1_RESPONSE, received); }
}
