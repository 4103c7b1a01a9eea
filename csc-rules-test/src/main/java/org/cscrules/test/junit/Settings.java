package org.cscrules.test.junit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.validation.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What a {@link CscRulesTest} asks for, read and checked: the day it fixes (if any) and the policy.
 * Equal settings share their services. Every problem is an {@link ExtensionConfigurationException}
 * naming the attribute and what it must be.
 */
record Settings(Optional<LocalDate> today, LocalPolicy policy) {

    /** England, whose days the library counts; "today" is fixed at noon there, far from any change of the clocks. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** The settings of {@code test}, read from the class path of {@code loader}. */
    static Settings of(CscRulesTest test, ClassLoader loader) {
        Optional<LocalDate> today = test.today().isEmpty() ? Optional.empty() : Optional.of(date("@CscRulesTest.today", test.today()));
        LocalPolicy file = test.policy().isEmpty() ? LocalPolicy.statutoryDefaults() : policyFile(test.policy(), loader);
        LocalPolicy base;
        try {
            base = file.toBuilder().settings(settings(test.settings())).build();
        } catch (InvalidRequestException e) {
            throw new ExtensionConfigurationException("@CscRulesTest.settings: " + e.getMessage(), e);
        }
        List<LocalDate> closures = new ArrayList<>(base.closureDays());
        closures.addAll(dates("@CscRulesTest.closureDays", test.closureDays()));
        List<LocalDate> proclaimed = new ArrayList<>(base.proclaimedBankHolidays());
        proclaimed.addAll(dates("@CscRulesTest.proclaimedBankHolidays", test.proclaimedBankHolidays()));
        try {
            return new Settings(today, base.toBuilder().closureDays(closures).proclaimedBankHolidays(proclaimed).build());
        } catch (InvalidRequestException e) {
            throw new ExtensionConfigurationException("@CscRulesTest: " + e.getMessage(), e);
        }
    }

    /** The clock: fixed at noon of {@link #today} in England, or England's system clock. */
    Clock clock() {
        return today.map(day -> Clock.fixed(day.atTime(LocalTime.NOON).atZone(ENGLAND).toInstant(), ENGLAND))
                .orElseGet(() -> Clock.system(ENGLAND));
    }

    /**
     * The settings written as {@code "name=value"}, in the form {@link LocalPolicy.Builder#settings}
     * reads: a whole number, true or false, a list of dates split at commas, none for an optional
     * number, and a choice's name as written. A value the kind cannot take is left as text, for the
     * builder to report by the setting's name.
     */
    private static Map<String, @Nullable Object> settings(String[] written) {
        Map<String, @Nullable Object> settings = new LinkedHashMap<>();
        for (String pair : written) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new ExtensionConfigurationException("@CscRulesTest.settings must be written as name=value");
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            Optional<PolicySetting> setting = PolicySetting.named(name);
            settings.put(name, setting.isEmpty() ? value : switch (setting.get().kind()) {
                case NUMBER -> wholeNumber(value);
                case OPTIONAL_NUMBER -> value.equalsIgnoreCase("none") ? null : wholeNumber(value);
                case FLAG -> value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : value;
                case CHOICE -> value;
                case DAYS -> value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
            });
        }
        return settings;
    }

    /** A whole number, or the text itself for the builder to refuse by name. */
    private static Object wholeNumber(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** A date written as YYYY-MM-DD in the attribute {@code attribute}. */
    static LocalDate date(String attribute, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException(attribute + " must be a date as YYYY-MM-DD", e);
        }
    }

    private static List<LocalDate> dates(String attribute, String[] texts) {
        return Arrays.stream(texts).map(text -> date(attribute, text)).toList();
    }

    /** The policy in a JSON file on the class path, read by csc-rules-json. */
    private static LocalPolicy policyFile(String resource, ClassLoader loader) {
        Class<?> json;
        try {
            json = Class.forName("org.cscrules.json.CscRulesJson", true, loader);
        } catch (ClassNotFoundException e) {
            throw new ExtensionConfigurationException("@CscRulesTest.policy needs org.cscrules:csc-rules-json on the test class path");
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtensionConfigurationException("@CscRulesTest.policy must name a resource on the test class path");
            }
            return (LocalPolicy) json.getMethod("read", InputStream.class, Class.class).invoke(null, in, LocalPolicy.class);
        } catch (IOException | ReflectiveOperationException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException target ? target.getTargetException() : e;
            throw new ExtensionConfigurationException("@CscRulesTest.policy cannot be read: " + cause.getMessage(), cause);
        }
    }
}
