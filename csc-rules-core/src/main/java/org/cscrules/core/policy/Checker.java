package org.cscrules.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cscrules.calendar.WorkingDayCalendar;

/** Collects every problem with a {@link LocalPolicy}'s settings before failing. */
final class Checker {

    private final List<String> problems = new ArrayList<>();

    void range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(setting + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    void present(String setting, Object value) {
        if (value == null) {
            problems.add(setting + " must not be null");
        }
    }

    void consentAge(boolean fromAge, LocalPolicy.ChildConsent childConsent, Integer age) {
        if (fromAge && age == null) {
            problems.add("childConsentAge is required when childConsent is REQUIRED_FROM_AGE");
        } else if (!fromAge && age != null) {
            problems.add("childConsentAge applies only when childConsent is REQUIRED_FROM_AGE, not " + childConsent);
        } else if (fromAge) {
            range("childConsentAge", age, 1, 17);
        }
    }

    void closureDays(Collection<LocalDate> days) {
        if (days == null) {
            problems.add("closureDays must not be null (use an empty set)");
            return;
        }
        for (LocalDate day : days) {
            if (day == null) {
                problems.add("closureDays must not contain null");
            } else if (day.isBefore(WorkingDayCalendar.SUPPORTED_FROM) || day.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
                problems.add("closureDays: " + day + " is outside the working-day calendar's range");
            }
        }
    }

    void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid local policy: " + String.join("; ", problems));
        }
    }
}
