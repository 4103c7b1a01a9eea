package org.cscrules.spring.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Reads the {@code csc-rules.*} properties: the council's {@link LocalPolicy} from {@code
 * csc-rules.policy.<setting>}, each {@link PolicySetting} in kebab case and bound by its {@link
 * PolicySetting.Kind}, and the health check's warning period. Every problem is collected (an unknown
 * or misspelt property, a value of the wrong kind, a value the policy refuses) and thrown at once as
 * {@link InvalidCscRulesPropertiesException}, so that an application never starts on settings the
 * council did not mean: a misspelt setting that was silently ignored would leave the statutory
 * default in force.
 */
final class PolicyProperties {

    /** The prefix of every property of the starter. */
    static final String PREFIX = "csc-rules";
    /** Where the policy's settings are. */
    static final String POLICY = PREFIX + ".policy";
    /** The health check's warning period, in days before the official bank-holiday data ends. */
    static final String HEALTH_WARNING_DAYS = PREFIX + ".health.warning-days";
    /**
     * The default warning period: a year, so that a release with newer data can be taken in an
     * ordinary upgrade cycle before deadlines fall on provisional days.
     */
    static final int DEFAULT_HEALTH_WARNING_DAYS = 365;

    /** The properties under {@link #PREFIX} other than the policy's, by group; "" holds the top level. */
    private static final Map<String, Set<String>> OTHER_PROPERTIES = Map.of(
            "", Set.of("enabled"),
            "info", Set.of("enabled"),
            "health", Set.of("enabled", "warning-days"));

    private PolicyProperties() {
    }

    /**
     * The council's policy from {@code environment}: the statutory defaults, with each setting given
     * under {@link #POLICY} in its place.
     *
     * @throws InvalidCscRulesPropertiesException naming every bad property under {@link #PREFIX}
     */
    static LocalPolicy policy(Environment environment) {
        Binder binder = Binder.get(environment);
        List<String> problems = new ArrayList<>(unknownProperties(environment));
        Map<String, Object> settings = new LinkedHashMap<>();
        for (PolicySetting setting : PolicySetting.values()) {
            String property = property(setting.settingName());
            try {
                bound(binder, property, setting).ifPresent(value -> settings.put(setting.settingName(), value));
            } catch (BindException e) {
                problems.add(property + ": must be " + setting.expected());
            }
        }
        LocalPolicy policy = null;
        try {
            policy = LocalPolicy.builder().settings(settings).build();
        } catch (InvalidRequestException e) {
            for (Violation violation : e.violations()) {
                problems.add(property(violation.path()) + ": " + violation.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCscRulesPropertiesException(problems.stream().sorted().distinct().toList());
        }
        return policy;
    }

    /**
     * The health check's warning period.
     *
     * @throws InvalidCscRulesPropertiesException if it is not a whole number of days, 0 or more
     */
    static int healthWarningDays(Environment environment) {
        String problem = HEALTH_WARNING_DAYS + ": must be a whole number of days, 0 or more";
        try {
            int days = Binder.get(environment).bind(HEALTH_WARNING_DAYS, Integer.class).orElse(DEFAULT_HEALTH_WARNING_DAYS);
            if (days < 0) {
                throw new InvalidCscRulesPropertiesException(List.of(problem));
            }
            return days;
        } catch (BindException e) {
            throw new InvalidCscRulesPropertiesException(List.of(problem));
        }
    }

    /** The value of one setting in the form {@link LocalPolicy.Builder#settings} reads, if given. */
    private static Optional<Object> bound(Binder binder, String property, PolicySetting setting) {
        BindResult<?> result = switch (setting.kind()) {
            case NUMBER, OPTIONAL_NUMBER -> binder.bind(property, Integer.class);
            case FLAG -> binder.bind(property, Boolean.class);
            // Spring's own spelling of an enum value: any case, hyphens for underscores.
            case CHOICE -> binder.bind(property, String.class).map(name -> name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            case DAYS -> binder.bind(property, Bindable.listOf(String.class)).map(days -> days.stream().map(String::strip).toList());
        };
        return result.isBound() ? Optional.of(result.get()) : Optional.empty();
    }

    /** Every property under {@link #PREFIX} that the starter does not read, each with why. */
    private static List<String> unknownProperties(Environment environment) {
        ConfigurationPropertyName root = ConfigurationPropertyName.of(PREFIX);
        Set<String> settings = Stream.of(PolicySetting.values()).map(s -> uniform(s.settingName())).collect(Collectors.toSet());
        Map<String, String> retired = PolicySetting.retiredSettings().entrySet().stream()
                .collect(Collectors.toMap(entry -> uniform(entry.getKey()), Map.Entry::getValue));
        Set<String> problems = new TreeSet<>();
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(root::isAncestorOf).forEach(name -> {
                String group = name.getElement(1, Form.UNIFORM);
                if (group.equals("policy") && name.getNumberOfElements() > 2) {
                    String setting = name.getElement(2, Form.UNIFORM);
                    if (retired.containsKey(setting)) {
                        problems.add(shown(name, 3) + ": is no longer a setting (" + retired.get(setting) + ")");
                    } else if (!settings.contains(setting)) {
                        problems.add(shown(name, 3) + ": is not a setting of LocalPolicy; the settings are listed in "
                                + "csc-rules' docs/POLICY.md, written here in kebab case");
                    }
                } else if (!isOtherProperty(name)) {
                    problems.add(shown(name, name.getNumberOfElements()) + ": is not a property of csc-rules (they are "
                            + String.join(", ", known()) + ")");
                }
            });
        }
        return List.copyOf(problems);
    }

    private static boolean isOtherProperty(ConfigurationPropertyName name) {
        if (name.getNumberOfElements() == 2) {
            return OTHER_PROPERTIES.get("").contains(name.getElement(1, Form.DASHED));
        }
        return name.getNumberOfElements() == 3
                && OTHER_PROPERTIES.getOrDefault(name.getElement(1, Form.DASHED), Set.of()).contains(name.getElement(2, Form.DASHED));
    }

    private static List<String> known() {
        List<String> names = new ArrayList<>();
        OTHER_PROPERTIES.forEach((group, properties) -> properties.forEach(property ->
                names.add(PREFIX + "." + (group.isEmpty() ? "" : group + ".") + property)));
        names.add(POLICY + ".*");
        return names.stream().sorted().toList();
    }

    /** The name's first {@code elements} elements, as the application wrote them (dashed). */
    private static String shown(ConfigurationPropertyName name, int elements) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(elements, name.getNumberOfElements()); i++) {
            if (name.isNumericIndex(i)) {
                shown.append('[').append(name.getElement(i, Form.ORIGINAL)).append(']');
                continue;
            }
            shown.append(i == 0 ? "" : ".").append(name.getElement(i, Form.DASHED));
        }
        return shown.toString();
    }

    /** A setting's property: {@code csc-rules.policy.} and its name in kebab case. */
    static String property(String settingName) {
        return POLICY + "." + settingName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A name in Spring's uniform form: lower case, no hyphens, so that camel and kebab case compare equal. */
    private static String uniform(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
