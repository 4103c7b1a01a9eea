package org.cscrules.spring.boot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cscrules.core.policy.LocalPolicy;

/**
 * How long the bank-holiday data the services count on lasts: its last official day and the days
 * left until it, for the health check of either Boot. Never a reason to take an instance out of
 * service: after that day deadlines are still counted, on holidays projected from the 1971 Act's
 * rules, and marked provisional; so the health stays UP and the details say what to do.
 */
final class BankHolidayData {

    private final LocalPolicy policy;
    private final Clock clock;
    private final int warningDays;

    /**
     * @param policy the services' policy, whose calendar they count on
     * @param clock the services' clock
     * @param warningDays how many days before the data ends the details start to give advice
     */
    BankHolidayData(LocalPolicy policy, Clock clock, int warningDays) {
        this.policy = policy;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    /** The health details: lastOfficialDay, daysLeft (negative once past), proclaimedBankHolidays, and advice when due. */
    Map<String, Object> details() {
        LocalDate lastOfficialDay = policy.calendar().officialDataUntil();
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), lastOfficialDay);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lastOfficialDay", lastOfficialDay.toString());
        details.put("daysLeft", daysLeft);
        details.put("proclaimedBankHolidays", policy.proclaimedBankHolidays().stream().map(LocalDate::toString).toList());
        if (daysLeft < warningDays) {
            details.put("advice", "The official bank-holiday data ends on " + lastOfficialDay + "; deadlines after it are "
                    + "counted on projected holidays and marked provisional. Take a newer csc-rules release, or add any bank "
                    + "holiday proclaimed since to " + PolicyProperties.property("proclaimedBankHolidays") + ".");
        }
        return details;
    }
}
