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
import org.cscrules.core.law.PeriodUnit;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.timescale.Deadlines;
import org.jspecify.annotations.Nullable;

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
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, @Nullable LocalDate> {

    /** How dates are written in a failure: "Wed 11 Jan 2023", as the library's examples print them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    /** Small counts in words, as a reader says them: "one working day short". */
    private static final List<String> WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");

    /** Over a longer span than this, a failure counts the weekends between rather than listing each. */
    private static final int LISTED_SPAN_DAYS = 120;
    /** The most days between that a failure names; the rest are counted. */
    private static final int LISTED_DAYS = 60;

    private final Deadlines deadlines;

    /**
     * @param actual the date asserted on; may be null, and every assertion then fails saying so
     * @param deadlines how the expected dates are counted
     */
    DeadlineAssert(@Nullable LocalDate actual, Deadlines deadlines) {
        super(actual, DeadlineAssert.class);
        this.deadlines = deadlines;
    }

    /**
     * The same assertion, counted under a council's policy: its closure days and proclaimed bank
     * holidays are not working days, and its settings shape the timescales ({@code countTriggerDay},
     * the stage 1 extension cap).
     *
     * @param policy the council's policy; not null
     * @return a new assertion on the same date (which may be null); never null
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
     * @throws AssertionError if the date is null or another
     * @throws IllegalArgumentException if {@code trigger} is null, {@code workingDays} is below 1, or
     *     the count leaves the calendar's range (1990 to 2099)
     */
    public DeadlineAssert isWorkingDaysAfter(int workingDays, LocalDate trigger) {
        if (trigger == null || workingDays < 1) {
            throw new IllegalArgumentException("trigger must not be null and workingDays must be 1 or more");
        }
        return isCountedAs(calendar().plusWorkingDays(trigger, workingDays), workingDays, PeriodUnit.WORKING_DAYS, trigger, "");
    }

    /**
     * Asserts that the date is the due date of {@code timescale} started on {@code trigger}: e.g.
     * the stage 1 response, 10 working days after receipt (reg. 14).
     *
     * @param timescale a timescale with a fixed period; not null
     * @param trigger the day that starts it; not null
     * @return this assertion
     * @throws AssertionError if the date is null or another
     * @throws IllegalArgumentException if an argument is null, the timescale has no fixed period, or
     *     the count leaves the calendar's range (1990 to 2099)
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
     * @throws AssertionError if the date is null or another
     * @throws IllegalArgumentException if an argument is null, the timescale cannot be extended, or
     *     the count leaves the calendar's range (1990 to 2099)
     */
    public DeadlineAssert isLatestIfExtendedFor(Timescale timescale, LocalDate trigger) {
        return isDeadline(deadlines.latestIfExtended(timescale, trigger));
    }

    /**
     * Asserts that the date is {@code deadline}'s due date, as the library computed it (ordinary,
     * extended, or moved by a suspension). A failure explains the difference on this assertion's
     * calendar: the statutory one unless {@link #under} gave a policy.
     *
     * @param deadline a deadline from the library; not null
     * @return this assertion
     * @throws AssertionError if the date is null or another
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
        return isCountedAs(deadline.due(), deadline.length(), timescale.unit(), deadline.trigger(), why);
    }

    private static String kind(Deadline.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private DeadlineAssert isCountedAs(LocalDate expected, int length, PeriodUnit unit, LocalDate trigger, String why) {
        String expectation = "expected " + day(expected) + ", " + length + " " + unit(unit, length) + " after " + day(trigger) + why;
        if (actual == null) {
            failWithActualExpectedAndMessage(null, expected, "%s", expectation + ";\nwas no date (null).");
        }
        if (!actual.equals(expected)) {
            failWithActualExpectedAndMessage(actual, expected, "%s", expectation + ";\n"
                    + explanation(expected, length, unit, trigger));
        }
        return this;
    }

    private static String unit(PeriodUnit unit, int length) {
        String name = unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return length == 1 ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Why the date differs: how far off (in working days, or in days for a period of weeks or
     * months), the days between that are not working days, and, for a plain count of working days,
     * the days counted.
     */
    private String explanation(LocalDate expected, int length, PeriodUnit unit, LocalDate trigger) {
        StringBuilder text = new StringBuilder("was ").append(day(actual)).append(", ");
        if (actual.isBefore(WorkingDayCalendar.SUPPORTED_FROM) || actual.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
            return text.append("outside the calendar's range (").append(day(WorkingDayCalendar.SUPPORTED_FROM)).append(" to ")
                    .append(day(WorkingDayCalendar.SUPPORTED_TO)).append(").").toString();
        }
        WorkingDayCalendar calendar = calendar();
        boolean early = actual.isBefore(expected);
        if (unit == PeriodUnit.WORKING_DAYS) {
            int off = early ? calendar.workingDaysBetween(actual, expected) : calendar.workingDaysBetween(expected, actual);
            text.append(off == 0 ? "the same count of working days" : count(off, "working day") + (early ? " short" : " too late"));
        } else {
            int off = (int) Math.abs(expected.toEpochDay() - actual.toEpochDay());
            text.append(count(off, "day")).append(early ? " early" : " late");
        }
        text.append(calendar.isWorkingDay(actual) ? "." : ", and itself not a working day.");
        LocalDate first = actual.isBefore(trigger) ? actual : trigger;
        LocalDate last = actual.isAfter(expected) ? actual : expected;
        text.append("\nNot working days between them: ").append(notWorkingDays(calendar, first, last)).append('.');
        if (unit == PeriodUnit.WORKING_DAYS) {
            boolean triggerCounts = calendar.isWorkingDay(trigger) && calendar.workingDaysBetween(trigger, expected) == length - 1;
            if (triggerCounts || calendar.workingDaysBetween(trigger, expected) == length) {
                List<String> counted = new ArrayList<>();
                LocalDate day = trigger;
                for (int n = 1; n <= length; n++) {
                    day = n == 1 && triggerCounts ? trigger : calendar.plusWorkingDays(day, 1);
                    counted.add(n + " " + day(day));
                }
                text.append("\nWorking days counted: ").append(String.join(", ", counted)).append('.');
                if (!triggerCounts && calendar.isWorkingDay(trigger)
                        && actual.equals(calendar.plusWorkingDays(trigger.minusDays(1), length))) {
                    text.append("\nCounting ").append(day(trigger))
                            .append(" itself as day 1 gives the date given; the count starts the day after.");
                }
            }
        }
        return text.toString();
    }

    /**
     * Every day after {@code from} up to {@code last} that is not a working day: the calendar's days
     * by name, and the weekends one by one over a short span, or counted over a long one (so that a
     * date years off gives a message that can be read).
     */
    private static String notWorkingDays(WorkingDayCalendar calendar, LocalDate from, LocalDate last) {
        Map<LocalDate, String> days = new TreeMap<>();
        int weekends = 0;
        boolean listWeekends = last.toEpochDay() - from.toEpochDay() <= LISTED_SPAN_DAYS;
        for (LocalDate day = from.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weekends++;
                if (listWeekends) {
                    days.put(day, day(day));
                }
            }
        }
        for (NonWorkingDay holiday : calendar.nonWorkingDays(from.plusDays(1), last)) {
            days.put(holiday.date(), day(holiday.date()) + ": " + holiday.name());
        }
        List<String> named = new ArrayList<>(days.values());
        String shown = named.size() <= LISTED_DAYS ? String.join("; ", named)
                : String.join("; ", named.subList(0, LISTED_DAYS)) + "; and " + (named.size() - LISTED_DAYS) + " more";
        if (listWeekends) {
            return days.isEmpty() ? "none" : shown;
        }
        return weekends + " Saturdays and Sundays" + (days.isEmpty() ? "" : ", and " + shown);
    }

    private static String count(int number, String what) {
        return (number < WORDS.size() ? WORDS.get(number) : Integer.toString(number)) + " " + what + (number == 1 ? "" : "s");
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private WorkingDayCalendar calendar() {
        return deadlines.calendar();
    }
}
