package org.cscrules.test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.AbstractAssert;
import org.cscrules.calendar.NonWorkingDay;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.timescale.Deadlines;
import org.cscrules.core.timescale.Timescale;

/**
 * Holds a date another system computed to the statute's. A failure says what was expected and why
 * (the count, the trigger, the timescale and its provision), how many working days off the date is,
 * every day between the trigger and the later date that is not a working day, by name (the
 * candidates for the mistake: a bank holiday the system lacks, a substitute day, a closure day),
 * and the working days counted:
 *
 * <pre>
 * expected Wed 11 Jan 2023, 10 working days after Fri 23 Dec 2022 (Stage 1 response, SI 2006/1738 reg. 14);
 * was Tue 10 Jan 2023, one working day short.
 * Not working days between them: Sat 24 Dec 2022; Sun 25 Dec 2022: Christmas Day; ...
 * Working days counted: 1 Wed 28 Dec 2022, 2 Thu 29 Dec 2022, ...
 * </pre>
 *
 * <p>Immutable: {@link #under(LocalPolicy)} gives a new assertion. Not for concurrent use by
 * several threads, like every AssertJ assertion.
 */
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, LocalDate> {

    /** How dates are written in a failure: "Wed 11 Jan 2023", as the library's examples print them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    /** Small counts in words, as a reader says them: "one working day short". */
    private static final List<String> WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");

    private final Deadlines deadlines;

    DeadlineAssert(LocalDate actual, Deadlines deadlines) {
        super(actual, DeadlineAssert.class);
        this.deadlines = deadlines;
    }

    /**
     * The same assertion, counted under a council's policy: its closure days and proclaimed bank
     * holidays are not working days, and its settings shape the timescales ({@code countTriggerDay},
     * the stage 1 extension cap).
     *
     * @param policy the council's policy; not null
     * @return a new assertion on the same date; never null
     * @throws IllegalArgumentException if {@code policy} is null
     */
    public DeadlineAssert under(LocalPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        return new DeadlineAssert(actual, Deadlines.create(policy));
    }

    /**
     * Asserts that the date is the {@code workingDays}-th working day after {@code trigger}, the
     * trigger itself not counted (reg. 2's working days, and the policy's closure and proclaimed
     * days when {@link #under} gave one).
     *
     * @param workingDays how many working days; 1 or more
     * @param trigger the day the count starts from; not null
     * @return this assertion
     * @throws AssertionError if the date is another
     * @throws IllegalArgumentException if {@code trigger} is null or {@code workingDays} is below 1
     */
    public DeadlineAssert isWorkingDaysAfter(int workingDays, LocalDate trigger) {
        if (trigger == null || workingDays < 1) {
            throw new IllegalArgumentException("trigger must not be null and workingDays must be 1 or more");
        }
        return isCountedAs(calendar().plusWorkingDays(trigger, workingDays), workingDays, trigger, "");
    }

    /**
     * Asserts that the date is the due date of {@code timescale} started on {@code trigger}: e.g.
     * the stage 1 response, 10 working days after receipt (reg. 14).
     *
     * @param timescale a timescale with a fixed period; not null
     * @param trigger the day that starts it; not null
     * @return this assertion
     * @throws AssertionError if the date is another
     * @throws IllegalArgumentException if an argument is null or the timescale has no fixed period
     */
    public DeadlineAssert isDueFor(Timescale timescale, LocalDate trigger) {
        return isDeadline(deadlines.due(timescale, trigger));
    }

    /**
     * Asserts that the date is the latest {@code timescale} may reach if extended: e.g. stage 1's
     * 20 working days (reg. 14), or the council's lower cap under its policy.
     *
     * @param timescale an extendable timescale; not null
     * @param trigger the day that starts it; not null
     * @return this assertion
     * @throws AssertionError if the date is another
     * @throws IllegalArgumentException if an argument is null or the timescale cannot be extended
     */
    public DeadlineAssert isLatestIfExtendedFor(Timescale timescale, LocalDate trigger) {
        return isDeadline(deadlines.latestIfExtended(timescale, trigger));
    }

    /**
     * Asserts that the date is {@code deadline}'s due date, as the library computed it.
     *
     * @param deadline a deadline from the library; not null
     * @return this assertion
     * @throws AssertionError if the date is another
     * @throws IllegalArgumentException if {@code deadline} is null
     */
    public DeadlineAssert isDeadline(Deadline deadline) {
        if (deadline == null) {
            throw new IllegalArgumentException("deadline must not be null");
        }
        Timescale timescale = deadline.timescale();
        String statute = timescale.provision().citation().reference();
        String basis = deadline.provision().citation().reference();
        String why = " (" + timescale.what() + (deadline.kind() == Deadline.Kind.DUE ? "" : ", " + kind(deadline.kind()))
                + ", " + statute + (basis.equals(statute) ? "" : "; counted under " + basis) + ")";
        return isCountedAs(deadline.due(), deadline.length(), deadline.trigger(), why);
    }

    private static String kind(Deadline.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private DeadlineAssert isCountedAs(LocalDate expected, int workingDays, LocalDate trigger, String why) {
        String expectation = "expected " + day(expected) + ", " + workingDays + (workingDays == 1 ? " working day" : " working days")
                + " after " + day(trigger) + why;
        if (actual == null) {
            failWithActualExpectedAndMessage(null, expected, "%s", expectation + ";\nwas no date (null).");
        }
        if (!actual.equals(expected)) {
            failWithActualExpectedAndMessage(actual, expected, "%s", expectation + ";\n" + explanation(expected, workingDays, trigger));
        }
        return this;
    }

    /** Why the date differs: how far off, the non-working days between, the working days counted. */
    private String explanation(LocalDate expected, int workingDays, LocalDate trigger) {
        WorkingDayCalendar calendar = calendar();
        StringBuilder text = new StringBuilder("was ").append(day(actual)).append(", ");
        if (!actual.isAfter(trigger)) {
            text.append("not after the trigger.");
        } else if (actual.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
            return text.append("after the last day the calendar counts (").append(day(WorkingDayCalendar.SUPPORTED_TO))
                    .append(").").toString();
        } else {
            int counted = calendar.workingDaysBetween(trigger, actual);
            int off = counted - workingDays;
            if (off < 0) {
                text.append(count(-off)).append(" short");
            } else if (off > 0) {
                text.append(count(off)).append(" too late");
            } else {
                text.append("the same count of working days");
            }
            text.append(calendar.isWorkingDay(actual) ? "." : ", and itself not a working day.");
        }
        LocalDate last = actual.isAfter(expected) ? actual : expected;
        text.append("\nNot working days between them: ").append(notWorkingDays(calendar, trigger, last)).append('.');
        List<String> countedDays = new ArrayList<>();
        LocalDate day = trigger;
        for (int n = 1; n <= workingDays; n++) {
            day = calendar.plusWorkingDays(day, 1);
            countedDays.add(n + " " + day(day));
        }
        text.append("\nWorking days counted: ").append(String.join(", ", countedDays)).append('.');
        if (calendar.isWorkingDay(trigger) && actual.equals(calendar.plusWorkingDays(trigger.minusDays(1), workingDays))) {
            text.append("\nCounting ").append(day(trigger)).append(" itself as day 1 gives the date given; the count starts the day after.");
        }
        return text.toString();
    }

    /** Every day after {@code trigger} up to {@code last} that is not a working day: weekends, and the calendar's days by name. */
    private static String notWorkingDays(WorkingDayCalendar calendar, LocalDate trigger, LocalDate last) {
        Map<LocalDate, String> days = new TreeMap<>();
        for (LocalDate day = trigger.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                days.put(day, day(day));
            }
        }
        for (NonWorkingDay holiday : calendar.nonWorkingDays(trigger.plusDays(1), last)) {
            days.put(holiday.date(), day(holiday.date()) + ": " + holiday.name());
        }
        return days.isEmpty() ? "none" : String.join("; ", days.values());
    }

    private static String count(int workingDays) {
        String number = workingDays < WORDS.size() ? WORDS.get(workingDays) : Integer.toString(workingDays);
        return number + (workingDays == 1 ? " working day" : " working days");
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private WorkingDayCalendar calendar() {
        return deadlines.calendar();
    }
}
