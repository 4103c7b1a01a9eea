package org.cscrules.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cscrules.calendar.WorkingDayCalendar;

/** Checks a {@link LocalPolicy}'s settings, collecting every problem before failing. */
final class Checker {

    private final LocalPolicy policy;
    private final List<String> problems = new ArrayList<>();

    Checker(LocalPolicy policy) {
        this.policy = policy;
    }

    void check() {
        range("acknowledgementWorkingDays", policy.acknowledgementWorkingDays(), 0, 20);
        range("stage1ExtensionMaximumWorkingDays", policy.stage1ExtensionMaximumWorkingDays(),
                LocalPolicy.STAGE_1_ORDINARY_PERIOD, LocalPolicy.STAGE_1_STATUTORY_MAXIMUM);
        range("stage2RequestWindowWorkingDays", policy.stage2RequestWindowWorkingDays(), 1, 65);
        if (policy.adjudicationTargetWorkingDays() != null) {
            range("adjudicationTargetWorkingDays", policy.adjudicationTargetWorkingDays(), 1, 65);
        }
        range("stage3RequestWindowWorkingDays", policy.stage3RequestWindowWorkingDays(), 1, 65);
        range("deemedReceiptByPostWorkingDays", policy.deemedReceiptByPostWorkingDays(), 0, 10);
        range("deemedReceiptByEmailWorkingDays", policy.deemedReceiptByEmailWorkingDays(), 0, 10);
        range("careLeaverAgeCeiling", policy.careLeaverAgeCeiling(), 21, 25);
        present("stage1ExtensionCondition", policy.stage1ExtensionCondition());
        present("stage1ClockStart", policy.stage1ClockStart());
        present("stage2ClockStart", policy.stage2ClockStart());
        present("timeLimitTrigger", policy.timeLimitTrigger());
        present("gatekeeping", policy.gatekeeping());
        present("childConsent", policy.childConsent());
        present("representativeWithoutChildsViews", policy.representativeWithoutChildsViews());
        present("concurrentProceedings", policy.concurrentProceedings());
        present("reasonablyPracticableDeadlines", policy.reasonablyPracticableDeadlines());
        checkConsentAge();
        checkClosureDays();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid local policy: " + String.join("; ", problems));
        }
    }

    private void checkConsentAge() {
        boolean fromAge = policy.childConsent() == LocalPolicy.ChildConsent.REQUIRED_FROM_AGE;
        if (fromAge && policy.childConsentAge() == null) {
            problems.add("childConsentAge is required when childConsent is REQUIRED_FROM_AGE");
        } else if (!fromAge && policy.childConsentAge() != null) {
            problems.add("childConsentAge applies only when childConsent is REQUIRED_FROM_AGE, not " + policy.childConsent());
        } else if (fromAge) {
            range("childConsentAge", policy.childConsentAge(), 1, 17);
        }
    }

    private void checkClosureDays() {
        if (policy.closureDays() == null) {
            problems.add("closureDays must not be null (use an empty set)");
            return;
        }
        for (LocalDate day : policy.closureDays()) {
            if (day == null) {
                problems.add("closureDays must not contain null");
            } else if (day.isBefore(WorkingDayCalendar.SUPPORTED_FROM) || day.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
                problems.add("closureDays: " + day + " is outside the working-day calendar's range");
            }
        }
    }

    private void range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(setting + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    private void present(String setting, Object value) {
        if (Objects.isNull(value)) {
            problems.add(setting + " must not be null");
        }
    }
}
