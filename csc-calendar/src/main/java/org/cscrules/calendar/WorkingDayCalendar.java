package org.cscrules.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The working-day calendar of reg. 2 of SI 2006/1738, the Children Act 1989 Representations
 * Procedure (England) Regulations 2006: every day except Saturdays, Sundays, Christmas Day, Boxing
 * Day, Good Friday and England and Wales bank holidays under the Banking and Financial Dealings Act
 * 1971 (substitute and proclaimed days included).
 *
 * <p>Counting follows the public-sector convention the Regulations leave open:
 * the trigger day never counts; "10 working days after X" is the 10th working day strictly after
 * X, whether or not X itself is a working day.
 *
 * <p>The calendar covers {@link #SUPPORTED_FROM} to {@link #SUPPORTED_TO}. A date outside that
 * range, given or computed, throws {@link DateOutOfRangeException}; it is never guessed. Bank
 * holidays up to {@link #officialDataUntil()} are checked against the official list; later ones are
 * projected from the 1971 Act's rules and may still change by proclamation, so deadlines after it
 * are {@linkplain #isProvisional(LocalDate) provisional}.
 *
 * <p>Every query is O(1) (the list of non-working days O(log n + k)) over an index built once per
 * calendar, and allocates nothing: the dates it returns are shared instances. Only
 * {@link #nonWorkingDays} builds a list.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /**
     * First supported day. It covers the whole life of the Children Act 1989 (in force 14 October
     * 1991) and of the 2006 Regulations (in force 1 September 2006), so the grounds of any late
     * complaint (reg. 9) can be counted from.
     */
    public static final LocalDate SUPPORTED_FROM = LocalDate.of(1990, 1, 1);

    /** Last supported day: far enough for any deadline, small enough for a compact index. */
    public static final LocalDate SUPPORTED_TO = LocalDate.of(2099, 12, 31);

    private static final long FIRST_EPOCH_DAY = SUPPORTED_FROM.toEpochDay();
    private static final long LAST_EPOCH_DAY = SUPPORTED_TO.toEpochDay();
    private static final int DAYS_IN_RANGE = (int) (LAST_EPOCH_DAY - FIRST_EPOCH_DAY + 1);

    /**
     * Every Monday to Friday of the range, and its offset from {@link #SUPPORTED_FROM}: shared by all
     * calendars, whose working days are a subset. Filled once here, never written again.
     */
    private static final LocalDate[] WEEKDAYS;
    private static final int[] WEEKDAY_OFFSETS;

    static {
        LocalDate[] weekdays = new LocalDate[DAYS_IN_RANGE];
        int[] offsets = new int[DAYS_IN_RANGE];
        int count = 0;
        for (int i = 0; i < DAYS_IN_RANGE; i++) {
            LocalDate day = LocalDate.ofEpochDay(FIRST_EPOCH_DAY + i);
            if (!isWeekend(day)) {
                weekdays[count] = day;
                offsets[count++] = i;
            }
        }
        WEEKDAYS = Arrays.copyOf(weekdays, count);
        WEEKDAY_OFFSETS = Arrays.copyOf(offsets, count);
    }

    /** The name given to closure days added with {@link #withClosures(Collection)}. */
    static final String DEFAULT_CLOSURE_NAME = "Local closure day";

    /** Non-working weekdays (and reg. 2 days on weekends), sorted by date, one per date. */
    private final NonWorkingDay[] nonWorkingDays;

    /** Last day of the published official bank-holiday list this calendar is checked against. */
    private final LocalDate officialDataUntil;

    /**
     * {@code workingDaysUpTo[i + 1]} = number of working days in [SUPPORTED_FROM, SUPPORTED_FROM + i];
     * {@code workingDaysUpTo[0] = 0}.
     */
    private final int[] workingDaysUpTo;

    /** {@code workingDays[k]} = the (k + 1)-th working day of the range. */
    private final LocalDate[] workingDays;

    /** {@link #dataVersion()}, computed on first use; a race computes the same value twice, harmlessly. */
    private volatile @Nullable String dataVersion;

    private WorkingDayCalendar(Map<LocalDate, NonWorkingDay> byDate, LocalDate officialDataUntil) {
        this.nonWorkingDays = byDate.values().toArray(new NonWorkingDay[0]);
        this.officialDataUntil = officialDataUntil;
        boolean[] closed = new boolean[DAYS_IN_RANGE];
        for (NonWorkingDay day : nonWorkingDays) {
            closed[offset(day.date())] = true;
        }
        this.workingDaysUpTo = new int[DAYS_IN_RANGE + 1];
        LocalDate[] working = new LocalDate[WEEKDAYS.length];
        int count = 0;
        int weekday = 0;
        for (int i = 0; i < DAYS_IN_RANGE; i++) {
            if (weekday < WEEKDAYS.length && WEEKDAY_OFFSETS[weekday] == i) {
                if (!closed[i]) {
                    working[count++] = WEEKDAYS[weekday];
                }
                weekday++;
            }
            workingDaysUpTo[i + 1] = count;
        }
        this.workingDays = Arrays.copyOf(working, count);
    }

    /**
     * The reg. 2 calendar for England: weekends, Christmas Day, Boxing Day, Good Friday and the
     * England and Wales bank holidays. Built once, on first use, and shared.
     *
     * @return the calendar; never null, the same instance on every call
     */
    public static WorkingDayCalendar englandAndWales() {
        return EnglandAndWales.CALENDAR;
    }

    /** Lazy, thread-safe holder: the bundled tables are read on the first call only. */
    private static final class EnglandAndWales {
        static final WorkingDayCalendar CALENDAR = BundledHolidays.englandAndWales();
    }

    /** A builder for a calendar with reg. 2 days only and no bank holidays; see {@link #toBuilder()}. */
    static Builder regulation2Only(LocalDate officialDataUntil) {
        return new Builder(regulation2Days(), officialDataUntil);
    }

    /**
     * Whether {@code date} is a working day under reg. 2 (and this calendar's closures).
     *
     * @param date the day; not null
     * @return true if the day counts as a working day, false on a weekend, a reg. 2 day, a bank
     *     holiday or a closure day
     * @throws IllegalArgumentException if {@code date} is null
     * @throws DateOutOfRangeException if {@code date} is outside the supported range
     */
    public boolean isWorkingDay(LocalDate date) {
        int i = offset(date);
        return workingDaysUpTo[i + 1] > workingDaysUpTo[i];
    }

    /**
     * The {@code n}-th working day after {@code start}: {@code start} never counts, so day 1 is the
     * first working day after it. {@code n == 0} returns {@code start}.
     *
     * @param start the trigger day, which never counts; not null, and need not be a working day
     * @param n how many working days, 0 or more
     * @return the {@code n}-th working day after {@code start}; never null
     * @throws IllegalArgumentException if {@code start} is null or {@code n < 0}
     * @throws DateOutOfRangeException if {@code start} or the result is outside the supported range
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        requireNonNegative(n);
        int i = offset(start);
        if (n == 0) {
            return start;
        }
        long k = (long) workingDaysUpTo[i + 1] + n - 1;
        if (k >= workingDays.length) {
            throw new DateOutOfRangeException(null,
                    "The " + n + " working days after " + start + " end after " + SUPPORTED_TO);
        }
        return workingDays[(int) k];
    }

    /**
     * The {@code n}-th working day before {@code start}, the mirror image of
     * {@link #plusWorkingDays(LocalDate, int)}. {@code n == 0} returns {@code start}.
     *
     * @param start the day counted back from, which never counts; not null
     * @param n how many working days, 0 or more
     * @return the {@code n}-th working day before {@code start}; never null
     * @throws IllegalArgumentException if {@code start} is null or {@code n < 0}
     * @throws DateOutOfRangeException if {@code start} or the result is outside the supported range
     */
    public LocalDate minusWorkingDays(LocalDate start, int n) {
        requireNonNegative(n);
        int i = offset(start);
        if (n == 0) {
            return start;
        }
        long k = (long) workingDaysUpTo[i] - n;
        if (k < 0) {
            throw new DateOutOfRangeException(null,
                    "The " + n + " working days before " + start + " begin before " + SUPPORTED_FROM);
        }
        return workingDays[(int) k];
    }

    /**
     * The number of working days d with {@code startExclusive < d <= endInclusive}; 0 when
     * {@code endInclusive} is not after {@code startExclusive}. For every start s and n >= 0,
     * {@code workingDaysBetween(s, plusWorkingDays(s, n)) == n}.
     *
     * @param startExclusive the day the count starts after; not null
     * @param endInclusive the last day counted; not null
     * @return the number of working days, 0 or more
     * @throws IllegalArgumentException if either date is null
     * @throws DateOutOfRangeException if either date is outside the supported range
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        int from = offset(startExclusive);
        int to = offset(endInclusive);
        return to <= from ? 0 : workingDaysUpTo[to + 1] - workingDaysUpTo[from + 1];
    }

    /**
     * The first working day strictly after {@code date}: {@code plusWorkingDays(date, 1)}.
     *
     * @param date the day; not null
     * @return the next working day; never null
     * @throws IllegalArgumentException if {@code date} is null
     * @throws DateOutOfRangeException if {@code date} or the result is outside the supported range
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The last working day strictly before {@code date}: {@code minusWorkingDays(date, 1)}.
     *
     * @param date the day; not null
     * @return the previous working day; never null
     * @throws IllegalArgumentException if {@code date} is null
     * @throws DateOutOfRangeException if {@code date} or the result is outside the supported range
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return minusWorkingDays(date, 1);
    }

    /**
     * The named non-working days from {@code fromInclusive} to {@code toInclusive}, in date order:
     * reg. 2 days, bank holidays and closures (weekends are not listed). Empty when
     * {@code toInclusive} is before {@code fromInclusive}.
     *
     * @param fromInclusive the first day; not null
     * @param toInclusive the last day; not null
     * @return the days, unmodifiable and never null; empty when there are none
     * @throws IllegalArgumentException if either date is null
     * @throws DateOutOfRangeException if either date is outside the supported range
     */
    public List<NonWorkingDay> nonWorkingDays(LocalDate fromInclusive, LocalDate toInclusive) {
        offset(fromInclusive);
        offset(toInclusive);
        int from = firstIndexOnOrAfter(fromInclusive);
        int to = firstIndexOnOrAfter(toInclusive.plusDays(1));
        return from >= to ? List.of() : List.of(Arrays.copyOfRange(nonWorkingDays, from, to));
    }

    /**
     * The last day of the official bank-holiday list this calendar's data was checked against.
     * Bank holidays after it are projected from the 1971 Act's rules; see {@link #isProvisional}.
     *
     * @return the day; never null
     */
    public LocalDate officialDataUntil() {
        return officialDataUntil;
    }

    /**
     * A stable fingerprint of the official bank-holiday data this calendar counts on: {@link
     * #dataVersionUntil(LocalDate)} at {@link #officialDataUntil()}. A decision's provenance
     * carries it, so that a release whose holidays differ is seen, never assumed to count the same.
     *
     * @return the fingerprint, e.g. {@code "sha256:0123456789abcdef"}; never null
     */
    public String dataVersion() {
        String version = dataVersion;
        if (version == null) {
            version = dataVersionUntil(officialDataUntil);
            dataVersion = version;
        }
        return version;
    }

    /**
     * A stable fingerprint of the statutory non-working days up to and including {@code until}:
     * {@code "sha256:"} and the first 16 hex digits of the SHA-256 of each day's date and kind (one
     * line each, in date order) and of {@code until}. Names are left out, so renaming a day changes
     * nothing; closure days are left out too, because they are a council's local policy, not data.
     * Two calendars with the same fingerprint up to a day count every deadline up to that day alike,
     * so a complaint counted on an older release's official data can be checked against this one's.
     *
     * @param until the last day the fingerprint covers; not null
     * @return the fingerprint, e.g. {@code "sha256:0123456789abcdef"}; never null
     * @throws IllegalArgumentException if {@code until} is null
     * @throws DateOutOfRangeException if {@code until} is outside the supported range
     */
    public String dataVersionUntil(LocalDate until) {
        offset(until);
        StringBuilder text = new StringBuilder();
        for (NonWorkingDay day : nonWorkingDays) {
            if (day.date().isAfter(until)) {
                break;
            }
            if (day.kind().isStatutory()) {
                text.append(day.date()).append('\t').append(day.kind()).append('\n');
            }
        }
        text.append("until\t").append(until).append('\n');
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether a deadline on {@code date} is provisional: it lies after {@link #officialDataUntil()},
     * where a new proclamation could still add or move a bank holiday.
     *
     * @param date the deadline's day; not null
     * @return true if {@code date} is after {@link #officialDataUntil()}
     * @throws IllegalArgumentException if {@code date} is null
     * @throws DateOutOfRangeException if {@code date} is outside the supported range
     */
    public boolean isProvisional(LocalDate date) {
        offset(date);
        return date.isAfter(officialDataUntil);
    }

    /**
     * A new calendar in which the given days are also not working days: a council's closure days
     * (named "Local closure day", of kind {@link NonWorkingDay.Kind#LOCAL_CLOSURE}). Reg. 2 does not
     * exclude closure days, so counting them is local policy. A closure on a day that is not a
     * working day anyway changes nothing. Closures only ever move a deadline later.
     *
     * @param closureDays the council's closure days; not null, nor any of its days; may be empty
     * @return a new calendar; never null. This one is not changed.
     * @throws IllegalArgumentException if {@code closureDays} or one of its days is null
     * @throws DateOutOfRangeException if a date is outside the supported range
     */
    public WorkingDayCalendar withClosures(Collection<LocalDate> closureDays) {
        requireArgument(closureDays, "closureDays");
        Builder builder = toBuilder();
        for (LocalDate day : closureDays) {
            builder.closure(day, DEFAULT_CLOSURE_NAME);
        }
        return builder.build();
    }

    /**
     * A builder that starts from this calendar's non-working days and data horizon, for a calendar
     * with more closures or proclaimed bank holidays.
     *
     * @return a new builder; never null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(new TreeMap<>(), officialDataUntil);
        for (NonWorkingDay day : nonWorkingDays) {
            (day.kind().isStatutory() ? builder.statutory : builder.closures).put(day.date(), day);
        }
        return builder;
    }

    /**
     * Two calendars are equal when they have the same non-working days and data horizon.
     *
     * @param other the object to compare with; may be null
     * @return true if {@code other} is a calendar with the same non-working days (dates, names and
     *     kinds) and the same {@link #officialDataUntil()}
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkingDayCalendar that
                && officialDataUntil.equals(that.officialDataUntil)
                && Arrays.equals(nonWorkingDays, that.nonWorkingDays);
    }

    @Override
    public int hashCode() {
        return 31 * officialDataUntil.hashCode() + Arrays.hashCode(nonWorkingDays);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + SUPPORTED_FROM + ".." + SUPPORTED_TO + ", "
                + nonWorkingDays.length + " non-working days, official data until " + officialDataUntil + "]";
    }

    /**
     * Builds a calendar from another one by adding closure days or proclaimed bank holidays, or by
     * revoking a bank holiday a proclamation moved. Statutory days and closures are kept apart, so
     * the order of calls never changes the result; a closure only counts on a day that is a working
     * day under reg. 2. Fails fast on a contradiction: a proclamation on a weekend or on a day that
     * already is a statutory holiday, or revoking a day that is not a bank holiday.
     *
     * <p>Not thread-safe; the calendars it builds are.
     */
    public static final class Builder {

        private final Map<LocalDate, NonWorkingDay> statutory;
        private final Map<LocalDate, NonWorkingDay> closures = new TreeMap<>();
        private final LocalDate officialDataUntil;

        private Builder(Map<LocalDate, NonWorkingDay> statutory, LocalDate officialDataUntil) {
            this.statutory = statutory;
            this.officialDataUntil = officialDataUntil;
        }

        /**
         * A council closure day: local policy, not reg. 2. It has no effect on a day that is not a
         * working day anyway (a weekend, or a statutory holiday, which keeps its own name). The
         * first name given to a closure day is kept.
         *
         * @param date the closure day; not null
         * @param name its name, e.g. "Council closure day"; not null or blank
         * @return this builder
         * @throws IllegalArgumentException if an argument is null or {@code name} is blank
         * @throws DateOutOfRangeException if {@code date} is outside the supported range
         */
        public Builder closure(LocalDate date, String name) {
            NonWorkingDay day = new NonWorkingDay(checked(date), requireArgument(name, "name"),
                    NonWorkingDay.Kind.LOCAL_CLOSURE);
            if (!isWeekend(date)) {
                closures.putIfAbsent(date, day);
            }
            return this;
        }

        /**
         * A bank holiday appointed by royal proclamation (Banking and Financial Dealings Act 1971
         * s1(2), s1(3)) after this calendar's data was made, e.g. a state funeral or a jubilee.
         *
         * @param date the proclaimed day; not null
         * @param name its name as proclaimed, e.g. "Bank holiday for the State Funeral of Queen
         *     Elizabeth II"; not null or blank
         * @return this builder
         * @throws IllegalArgumentException if an argument is null, {@code name} is blank, or the day
         *     is a Saturday or Sunday, or already a statutory non-working day
         * @throws DateOutOfRangeException if {@code date} is outside the supported range
         */
        public Builder proclaimedBankHoliday(LocalDate date, String name) {
            NonWorkingDay day = new NonWorkingDay(checked(date), requireArgument(name, "name"),
                    NonWorkingDay.Kind.BANK_HOLIDAY);
            if (isWeekend(date)) {
                throw new IllegalArgumentException(date + " is a " + date.getDayOfWeek()
                        + ": a bank holiday on it would change no working day");
            }
            NonWorkingDay existing = statutory.putIfAbsent(date, day);
            if (existing != null) {
                throw new IllegalArgumentException(date + " is already a non-working day (" + existing.name() + ")");
            }
            return this;
        }

        /**
         * Revokes a bank holiday that a proclamation replaced with another day (1971 Act s1(2)),
         * e.g. the 2002 Spring bank holiday moved from 27 May to 4 June.
         *
         * @param date the bank holiday that no longer is one; not null
         * @return this builder
         * @throws IllegalArgumentException if {@code date} is null, or not a bank holiday in this
         *     calendar (days named in reg. 2 cannot be revoked)
         * @throws DateOutOfRangeException if {@code date} is outside the supported range
         */
        public Builder revokedBankHoliday(LocalDate date) {
            statutory.remove(requireBankHoliday(date).date());
            return this;
        }

        /**
         * The calendar; builds its index (about a millisecond once the JVM is warm). The builder
         * may go on being used: later changes do not reach a calendar already built.
         *
         * @return a new calendar; never null
         */
        public WorkingDayCalendar build() {
            Map<LocalDate, NonWorkingDay> all = new TreeMap<>(closures);
            all.putAll(statutory);
            return new WorkingDayCalendar(all, officialDataUntil);
        }

        /** Adds an entry read from a bank-holiday table, keeping a reg. 2 day where one exists. */
        Builder tableBankHoliday(LocalDate date, String name) {
            statutory.putIfAbsent(checked(date), new NonWorkingDay(date, name, NonWorkingDay.Kind.BANK_HOLIDAY));
            return this;
        }

        /** Gives a bank holiday the name of the official list, where the table's name differs. */
        Builder renamedBankHoliday(LocalDate date, String name) {
            statutory.put(requireBankHoliday(date).date(), new NonWorkingDay(date, name, NonWorkingDay.Kind.BANK_HOLIDAY));
            return this;
        }

        private NonWorkingDay requireBankHoliday(LocalDate date) {
            NonWorkingDay existing = statutory.get(checked(date));
            if (existing == null || existing.kind() != NonWorkingDay.Kind.BANK_HOLIDAY) {
                throw new IllegalArgumentException(date + " is not a bank holiday that can be revoked"
                        + (existing == null ? "" : " (" + existing.name() + ")"));
            }
            return existing;
        }
    }

    /** Christmas Day, Boxing Day and Good Friday of every year in the range: the days reg. 2 names. */
    private static Map<LocalDate, NonWorkingDay> regulation2Days() {
        Map<LocalDate, NonWorkingDay> days = new TreeMap<>();
        for (int year = SUPPORTED_FROM.getYear(); year <= SUPPORTED_TO.getYear(); year++) {
            putRegulation2Day(days, Easter.sunday(year).minusDays(2), "Good Friday");
            putRegulation2Day(days, LocalDate.of(year, 12, 25), "Christmas Day");
            putRegulation2Day(days, LocalDate.of(year, 12, 26), "Boxing Day");
        }
        return days;
    }

    private static void putRegulation2Day(Map<LocalDate, NonWorkingDay> days, LocalDate date, String name) {
        days.put(date, new NonWorkingDay(date, name, NonWorkingDay.Kind.NAMED_IN_REGULATION_2));
    }

    private int firstIndexOnOrAfter(LocalDate date) {
        int low = 0;
        int high = nonWorkingDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (nonWorkingDays[mid].date().isBefore(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** The date's index in the range, or a clear error if it is null or outside the range. */
    private static int offset(LocalDate date) {
        long epochDay = requireArgument(date, "date").toEpochDay();
        if (epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
            throw new DateOutOfRangeException(date, date + " is outside the working-day calendar");
        }
        return (int) (epochDay - FIRST_EPOCH_DAY);
    }

    private static LocalDate checked(LocalDate date) {
        offset(date);
        return date;
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
        }
    }

    /** Null arguments are caller errors: an IllegalArgumentException naming the parameter. */
    private static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
