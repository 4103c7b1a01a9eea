package org.cscrules.core.policy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Reads settings from their plain form and checks every value against its declaration in {@link
 * PolicySetting}, and the few settings that depend on one another, collecting every problem as a
 * {@link Violation} whose path is the setting's name. Messages say what was expected, never the
 * value given.
 */
final class PolicyChecks {

    private PolicyChecks() {
    }

    /**
     * Puts each named setting's value, in its Java form, into {@code values}, forgetting an earlier
     * problem with it; a value of the wrong kind goes into {@code unread} instead, one per setting. A
     * name that is not a setting, or a removed setting (by name: why it went), is a problem in
     * {@code unknown}; a retired setting is read and changes nothing.
     */
    static void read(@Nullable Map<String, ?> settings, Map<String, String> removed, Map<String, String> retired, Object[] values,
                     Map<PolicySetting, Violation> unread, List<Violation> unknown) {
        if (settings == null) {
            unknown.add(new Violation("", "must be the settings by name, not null"));
            return;
        }
        settings.forEach((name, value) -> {
            String path = name == null ? "" : name;
            if (retired.containsKey(path)) {
                return;
            }
            if (removed.containsKey(path)) {
                unknown.add(new Violation(path, "is no longer a setting: " + removed.get(path)));
                return;
            }
            PolicySetting.named(name).ifPresentOrElse(
                    setting -> readOne(setting, value, values, unread),
                    () -> unknown.add(new Violation(path, "is not a setting of LocalPolicy; the settings are listed in "
                            + "docs/POLICY.md")));
        });
    }

    private static void readOne(PolicySetting setting, @Nullable Object value, Object[] values, Map<PolicySetting, Violation> unread) {
        Object java = switch (setting.kind()) {
            case NUMBER -> wholeNumber(value);
            case OPTIONAL_NUMBER -> value == null ? OptionalInt.empty()
                    : value instanceof OptionalInt given ? given : optional(wholeNumber(value));
            case FLAG -> value instanceof Boolean ? value : null;
            case CHOICE -> choice(setting.choiceType(), value);
            case DAYS -> days(value);
        };
        if (java == null) {
            unread.put(setting, new Violation(setting.settingName(), "must be " + setting.expected()));
        } else {
            values[setting.ordinal()] = java;
            unread.remove(setting);
        }
    }

    private static @Nullable Integer wholeNumber(@Nullable Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            BigInteger big = value instanceof Long number ? BigInteger.valueOf(number) : (BigInteger) value;
            return big.bitLength() < Integer.SIZE ? big.intValue() : null;
        }
        return null;
    }

    private static @Nullable OptionalInt optional(@Nullable Integer number) {
        return number == null ? null : OptionalInt.of(number);
    }

    private static @Nullable Object choice(Class<?> type, @Nullable Object value) {
        if (type.isInstance(value)) {
            return value;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** Dates as LocalDate or ISO text; null when anything in it is neither. */
    private static @Nullable Collection<LocalDate> days(@Nullable Object value) {
        if (!(value instanceof Collection<?> given)) {
            return null;
        }
        Set<LocalDate> days = new TreeSet<>();
        for (Object day : given) {
            if (day instanceof LocalDate date) {
                days.add(date);
            } else if (day instanceof String text) {
                try {
                    days.add(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return days;
    }

    /**
     * Checks every value in its Java form and the settings that depend on one another, a setting
     * already found {@code unreadable} counting as invalid with its one violation; returns the values
     * as a policy keeps them (closure days copied, sorted and unmodifiable). At most one violation
     * per setting.
     */
    static Object[] check(Object[] values, Set<PolicySetting> unreadable, List<Violation> violations) {
        Object[] checked = values.clone();
        boolean[] valid = new boolean[values.length];
        for (PolicySetting setting : PolicySetting.values()) {
            int i = setting.ordinal();
            if (unreadable.contains(setting)) {
                continue;
            }
            String problem = problem(setting, values[i]);
            if (problem == null) {
                valid[i] = true;
                if (setting.kind() == PolicySetting.Kind.DAYS) {
                    checked[i] = Collections.unmodifiableSet(new TreeSet<>((Collection<?>) values[i]));
                }
            } else {
                violations.add(new Violation(setting.settingName(), problem));
            }
        }
        crossChecks(checked, valid, violations);
        return checked;
    }

    /** What is wrong with one value, or null. */
    private static @Nullable String problem(PolicySetting setting, @Nullable Object value) {
        if (value == null) {
            return switch (setting.kind()) {
                case OPTIONAL_NUMBER -> "must not be null (an empty OptionalInt for none)";
                case DAYS -> "must not be null (an empty collection for none)";
                default -> "must not be null";
            };
        }
        boolean fits = switch (setting.kind()) {
            case NUMBER -> inRange(setting, (Integer) value);
            case OPTIONAL_NUMBER -> ((OptionalInt) value).isEmpty() || inRange(setting, ((OptionalInt) value).getAsInt());
            case FLAG -> value instanceof Boolean;
            case CHOICE -> setting.choiceType().isInstance(value);
            case DAYS -> ((Collection<?>) value).stream().allMatch(setting == PolicySetting.PROCLAIMED_BANK_HOLIDAYS
                    ? PolicyChecks::proclaimable : PolicyChecks::inCalendar);
        };
        return fits ? null : "must be " + setting.expected();
    }

    private static boolean inRange(PolicySetting setting, int value) {
        return value >= setting.minimum().orElseThrow() && value <= setting.maximum().orElseThrow();
    }

    private static boolean inCalendar(Object day) {
        return day instanceof LocalDate date && !date.isBefore(WorkingDayCalendar.SUPPORTED_FROM)
                && !date.isAfter(WorkingDayCalendar.SUPPORTED_TO);
    }

    /**
     * Whether a day may be proclaimed a bank holiday by the policy: after the official data (which
     * already holds every earlier proclamation), a weekday, and not already a non-working day.
     */
    private static boolean proclaimable(Object day) {
        if (!inCalendar(day)) {
            return false;
        }
        LocalDate date = (LocalDate) day;
        WorkingDayCalendar official = WorkingDayCalendar.englandAndWales();
        return date.isAfter(official.officialDataUntil()) && official.isWorkingDay(date);
    }

    /** The settings that depend on one another, each checked only when the settings it reads are valid. */
    private static void crossChecks(Object[] values, boolean[] valid, List<Violation> violations) {
        if (valid(valid, PolicySetting.CHILD_CONSENT, PolicySetting.CHILD_CONSENT_AGE)) {
            boolean fromAge = values[PolicySetting.CHILD_CONSENT.ordinal()] == LocalPolicy.ChildConsent.REQUIRED_FROM_AGE;
            boolean ageGiven = ((OptionalInt) values[PolicySetting.CHILD_CONSENT_AGE.ordinal()]).isPresent();
            if (fromAge && !ageGiven) {
                violations.add(new Violation("childConsentAge", "is required when childConsent is REQUIRED_FROM_AGE"));
            } else if (!fromAge && ageGiven) {
                violations.add(new Violation("childConsentAge", "applies only when childConsent is REQUIRED_FROM_AGE"));
            }
        }
    }

    private static boolean valid(boolean[] valid, PolicySetting first, PolicySetting second) {
        return valid[first.ordinal()] && valid[second.ordinal()];
    }
}
