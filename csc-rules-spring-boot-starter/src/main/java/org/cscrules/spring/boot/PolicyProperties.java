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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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
    /** How an optional number is set to none, as {@link PolicySetting#expected()} words it. */
    private static final String NONE = "none";

    /** The properties under {@link #PREFIX} other than the policy's settings. */
    private static final List<String> OTHER_PROPERTIES = List.of(PREFIX + ".enabled", PREFIX + ".info.enabled",
            PREFIX + ".health.enabled", HEALTH_WARNING_DAYS);
    /** The same, below the prefix, in uniform form, both with their levels ("health.warningdays") and without. */
    private static final Set<String> OTHER = OTHER_PROPERTIES.stream()
            .map(name -> uniformPath(name.substring(PREFIX.length() + 1)))
            .flatMap(path -> Stream.of(path, path.replace(".", ""))).collect(Collectors.toSet());
    /** The settings' names in uniform form. */
    private static final Set<String> SETTINGS = Stream.of(PolicySetting.values()).map(s -> uniform(s.settingName()))
            .collect(Collectors.toSet());
    /** The retired settings' names in uniform form, each with why it went. */
    private static final Map<String, String> RETIRED = PolicySetting.retiredSettings().entrySet().stream()
            .collect(Collectors.toMap(entry -> uniform(entry.getKey()), Map.Entry::getValue));
    private static final Logger LOG = LoggerFactory.getLogger(PolicyProperties.class);

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
        Map<String, @Nullable Object> settings = new LinkedHashMap<>();
        for (PolicySetting setting : PolicySetting.values()) {
            String property = property(setting.settingName());
            try {
                read(binder, property, setting, settings);
            } catch (BindException | IllegalArgumentException e) {
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

    /**
     * Puts one setting's value into {@code settings}, in the form {@link LocalPolicy.Builder#settings}
     * reads (null for an optional number's {@value #NONE}), if the property is given. A blank value is
     * a problem, never the default: {@code acknowledgement-working-days=} or an unset {@code
     * ${ACK_DAYS:}} would otherwise leave the statutory default silently in force.
     *
     * @throws BindException if the value is of the wrong kind
     * @throws IllegalArgumentException if the value is blank
     */
    private static void read(Binder binder, String property, PolicySetting setting, Map<String, @Nullable Object> settings) {
        String name = setting.settingName();
        if (setting.kind() == PolicySetting.Kind.DAYS) {
            binder.bind(property, Bindable.listOf(String.class))
                    .ifBound(days -> settings.put(name, days.stream().map(String::strip).toList()));
            return;
        }
        BindResult<String> text = binder.bind(property, String.class);
        if (!text.isBound()) {
            return;
        }
        String value = text.get().strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a blank value");
        }
        switch (setting.kind()) {
            case NUMBER -> settings.put(name, binder.bind(property, Integer.class).get());
            case OPTIONAL_NUMBER -> settings.put(name, value.equalsIgnoreCase(NONE) ? null : binder.bind(property, Integer.class).get());
            case FLAG -> settings.put(name, binder.bind(property, Boolean.class).get());
            // Spring's own spellings of an enum value: any case, hyphens or camel case for underscores.
            default -> settings.put(name, value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * Every property under {@link #PREFIX} that the starter does not read, each with why, by the
     * name it was given: in a file or a system property as Spring names it, in the environment as the
     * variable's own name ({@code CSCRULES_POLICY_...}, or the older {@code CSC_RULES_POLICY_...}
     * that Spring also binds). A retired setting is read and changes nothing, as in a policy file: it
     * is logged, not refused, so that a later retirement never stops an application on upgrade.
     */
    private static List<String> unknownProperties(Environment environment) {
        Set<String> problems = new TreeSet<>();
        given(environment).forEach(property -> problem(property.path(), property.shown()).ifPresent(problems::add));
        return List.copyOf(problems);
    }

    /**
     * Whether any property sets the policy: with a {@link LocalPolicy} bean of the application's own,
     * such a property would be silently ignored.
     */
    static boolean setsThePolicy(Environment environment) {
        return given(environment).stream().anyMatch(property -> property.path().size() > 1 && property.path().get(0).equals("policy"));
    }

    /** A property given under {@link #PREFIX}: its path below the prefix in uniform form, and its name as given. */
    private record Given(List<String> path, String shown) {
    }

    /**
     * Every property given under {@link #PREFIX}, from every source that can list its names: in a file
     * or a system property as Spring names it, in the environment by the variable's own name.
     */
    private static List<Given> given(Environment environment) {
        ConfigurationPropertyName root = ConfigurationPropertyName.of(PREFIX);
        List<Given> given = new ArrayList<>();
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource variables) {
                for (String variable : variables.getPropertyNames()) {
                    environmentVariable(variable).ifPresent(path -> given.add(new Given(path, "environment variable " + variable)));
                }
            } else if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().filter(root::isAncestorOf).forEach(name -> {
                    List<String> path = new ArrayList<>();
                    for (int i = 1; i < name.getNumberOfElements() && !name.isNumericIndex(i); i++) {
                        path.add(name.getElement(i, Form.UNIFORM));
                    }
                    given.add(new Given(path, shown(name)));
                });
            }
        }
        return given;
    }

    /**
     * Every property under {@link #PREFIX} that cannot be used, when the application defines its own
     * {@link LocalPolicy}: the unknown ones, and any that sets the policy, which would be ignored.
     *
     * @throws InvalidCscRulesPropertiesException naming each
     */
    static void checkBesideTheApplicationsPolicy(Environment environment) {
        List<String> problems = new ArrayList<>(unknownProperties(environment));
        if (setsThePolicy(environment)) {
            problems.add(POLICY + ": is not read, because the application defines its own LocalPolicy bean: set the policy in "
                    + "one place");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCscRulesPropertiesException(problems);
        }
    }

    /**
     * The path below {@link #PREFIX} of an environment variable that Spring binds under it, in
     * uniform form: {@code [policy, acknowledgementworkingdays]}; empty for any other variable. The
     * variable's words cannot be told from its levels, so a setting's name is everything after
     * {@code POLICY_}, and an index at its end is dropped.
     */
    private static Optional<List<String>> environmentVariable(String variable) {
        String upper = variable.toUpperCase(Locale.ROOT);
        String rest = upper.startsWith("CSCRULES_") ? upper.substring("CSCRULES_".length())
                : upper.startsWith("CSC_RULES_") ? upper.substring("CSC_RULES_".length()) : null;
        if (rest == null || rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.startsWith("POLICY_")) {
            return Optional.of(List.of("policy", uniform(rest.substring("POLICY_".length()).replaceAll("_\\d+_?$", ""))));
        }
        return Optional.of(List.of(uniform(rest)));
    }

    /**
     * What is wrong with a property at {@code path} below {@link #PREFIX} (uniform elements), shown
     * as {@code shown}; empty if the starter reads it. Environment variables give the path of an
     * other property as one element (its levels cannot be told apart), so both forms are known.
     */
    private static Optional<String> problem(List<String> path, String shown) {
        if (path.isEmpty()) {
            return Optional.of(shown + ": is not a property of csc-rules (they are " + String.join(", ", known()) + ")");
        }
        if (path.get(0).equals("policy") && path.size() > 1) {
            String setting = path.get(1);
            String retired = RETIRED.get(setting);
            if (retired != null) {
                LOG.warn("{} is a retired setting and changes nothing: {}", shown, retired);
                return Optional.empty();
            }
            return SETTINGS.contains(setting) ? Optional.empty()
                    : Optional.of(shown + ": is not a setting of LocalPolicy; the settings are listed in csc-rules' docs/POLICY.md, "
                            + "written here in kebab case");
        }
        String joined = String.join(".", path);
        return OTHER.contains(joined) || OTHER.contains(joined.replace(".", "")) ? Optional.empty()
                : Optional.of(shown + ": is not a property of csc-rules (they are " + String.join(", ", known()) + ")");
    }

    private static List<String> known() {
        List<String> names = new ArrayList<>(OTHER_PROPERTIES);
        names.add(POLICY + ".*");
        return names.stream().sorted().toList();
    }

    /** The name as the application wrote it (dashed), up to any index. */
    private static String shown(ConfigurationPropertyName name) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.getNumberOfElements() && !name.isNumericIndex(i); i++) {
            shown.append(i == 0 ? "" : ".").append(name.getElement(i, Form.DASHED));
        }
        return shown.toString();
    }

    /** A setting's property: {@code csc-rules.policy.} and its name in kebab case. */
    static String property(String settingName) {
        return POLICY + "." + settingName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A name in Spring's uniform form: lower case, no hyphens or underscores, so that every spelling compares equal. */
    private static String uniform(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Each level of a dotted name in uniform form. */
    private static String uniformPath(String name) {
        return Stream.of(name.split("\\.")).map(PolicyProperties::uniform).collect(Collectors.joining("."));
    }
}
