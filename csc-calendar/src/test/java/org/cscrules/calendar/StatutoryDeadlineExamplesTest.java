package org.cscrules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines worked out by hand, one row per case, each with the provision and the legal reading:
 * reg. 2 of SI 2006/1738 (what counts as a working day) and the convention that the trigger day
 * never counts (statute.md §6.1).
 */
class StatutoryDeadlineExamplesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0}: {1} + {2} working days = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            reg. 14 stage 1, received Mon; the State Funeral bank holiday of 19 Sep 2022 does not count  | 2022-09-12 | 10 | 2022-09-27
            reg. 14 stage 1, received Fri 23 Dec; 26 and 27 Dec and 2 Jan do not count                    | 2022-12-23 | 10 | 2023-01-11
            reg. 14 stage 1 over Easter 2024; Good Friday (reg. 2) and Easter Monday do not count          | 2024-03-28 | 10 | 2024-04-15
            reg. 14 stage 1, received on a Saturday; day 1 is the Monday after                            | 2024-06-01 | 10 | 2024-06-14
            reg. 14 stage 1 extended to the 20 maximum, across the 2020 VE Day move to Fri 8 May           | 2020-04-24 | 20 | 2020-05-26
            reg. 17 stage 2, 25 days across Christmas 2024 and New Year's Day 2025                         | 2024-11-29 | 25 | 2025-01-08
            reg. 17 stage 2 extended to the 65 maximum, across Easter 2024                                 | 2024-01-02 | 65 | 2024-04-04
            reg. 19(4) review panel within 30 days, across Easter, early May and the 2023 Coronation      | 2023-04-03 | 30 | 2023-05-19
            reg. 2 bank holiday by proclamation: the Coronation of 8 May 2023                             | 2023-05-05 |  1 | 2023-05-09
            reg. 2 Christmas Day on a Sunday; Boxing Day and the substitute day do not count              | 2022-12-25 |  1 | 2022-12-28
            the trigger day never counts, so 0 working days after any day is that day                      | 2022-12-25 |  0 | 2022-12-25
            1999 Millennium Day by proclamation and the New Year substitute of 3 Jan 2000                  | 1999-12-30 |  1 | 2000-01-04
            2002 Spring bank holiday moved by proclamation: 27 May 2002 was a working day                 | 2002-05-24 |  1 | 2002-05-27
            2002 Golden Jubilee (3 June) and moved Spring bank holiday (4 June)                             | 2002-05-31 |  1 | 2002-06-05
            2011 Royal Wedding bank holiday of 29 April and the early May bank holiday                     | 2011-04-28 |  1 | 2011-05-03
            1995 early May bank holiday moved to VE Day, Monday 8 May                                      | 1995-05-05 |  1 | 1995-05-09
            """)
    void plusWorkingDays(String reading, LocalDate received, int workingDays, LocalDate due) {
        assertThat(CALENDAR.plusWorkingDays(received, workingDays)).as(reading).isEqualTo(due);
        assertThat(CALENDAR.workingDaysBetween(received, due)).as(reading).isEqualTo(workingDays);
    }

    @ParameterizedTest(name = "{0}: {1} - {2} working days = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            the 10th working day before 11 Jan 2023 is 23 Dec 2022 (Christmas and New Year skipped)  | 2023-01-11 | 10 | 2022-12-23
            the working day before Tuesday 4 April 2024 counting back over Easter                     | 2024-04-02 |  1 | 2024-03-28
            1995: Monday 1 May was a working day, the bank holiday having moved to 8 May              | 1995-05-02 |  1 | 1995-05-01
            """)
    void minusWorkingDays(String reading, LocalDate start, int workingDays, LocalDate expected) {
        assertThat(CALENDAR.minusWorkingDays(start, workingDays)).as(reading).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II | BANK_HOLIDAY
            2023-05-08 | King's Coronation                                         | BANK_HOLIDAY
            2022-12-25 | Christmas Day                                             | NAMED_IN_REGULATION_2
            2022-12-26 | Boxing Day                                                | NAMED_IN_REGULATION_2
            2022-12-27 | Christmas Day (substitute day)                            | BANK_HOLIDAY
            2024-03-29 | Good Friday                                               | NAMED_IN_REGULATION_2
            2024-04-01 | Easter Monday                                             | BANK_HOLIDAY
            1999-12-31 | Millennium Day                                            | BANK_HOLIDAY
            2002-06-03 | Golden Jubilee of Queen Elizabeth II                      | BANK_HOLIDAY
            2011-12-26 | Boxing Day                                                | NAMED_IN_REGULATION_2
            2011-12-27 | Christmas Day (substitute day)                            | BANK_HOLIDAY
            """)
    void nonWorkingDaysAreNamed(LocalDate date, String name, NonWorkingDay.Kind kind) {
        assertThat(CALENDAR.nonWorkingDays(date, date)).containsExactly(new NonWorkingDay(date, name, kind));
        assertThat(CALENDAR.isWorkingDay(date)).isFalse();
    }
}
