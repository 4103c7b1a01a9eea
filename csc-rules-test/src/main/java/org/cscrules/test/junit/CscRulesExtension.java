package org.cscrules.test.junit;

import java.lang.reflect.Parameter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.timescale.Deadlines;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves the parameters a {@link CscRulesTest} class may take. Everything is made on first use
 * and kept in the root store under its {@link Settings}, so the test classes that share settings
 * share one of each for the whole run. Registered by {@link CscRulesTest}; not for use on its own.
 */
final class CscRulesExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CscRulesExtension.class);

    /** What can be injected, and how each is made from the settings (and the others). */
    private static final Map<Class<?>, Function<Made, Object>> MAKERS = Map.of(
            Clock.class, made -> made.settings().clock(),
            LocalPolicy.class, made -> made.settings().policy(),
            WorkingDayCalendar.class, made -> made.settings().policy().calendar(),
            Deadlines.class, made -> Deadlines.create(made.settings().policy()),
            EligibilityService.class, made -> EligibilityService.create(made.settings().policy(), made.get(Clock.class)),
            ComplaintProcess.class, made -> ComplaintProcess.create(made.settings().policy(), made.get(Clock.class)));

    /**
     * The types the kit makes, but that a parameterized test's arguments may give: in a {@code
     * @ParameterizedTest} they are left to the arguments (several policies, say), since JUnit refuses
     * a parameter two resolvers claim. Such a test takes the kit's clock or policy in its constructor.
     */
    private static final java.util.Set<Class<?>> ARGUMENTS_MAY_GIVE = java.util.Set.of(Clock.class, LocalPolicy.class);
    private static final String PARAMETERIZED_TEST = "org.junit.jupiter.params.ParameterizedTest";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter declared = parameter.getParameter();
        if (!MAKERS.containsKey(declared.getType())) {
            return false;
        }
        boolean parameterized = java.util.Arrays.stream(parameter.getDeclaringExecutable().getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().getName().equals(PARAMETERIZED_TEST));
        return !(parameterized && ARGUMENTS_MAY_GIVE.contains(declared.getType()));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        try {
            return made(context).get(type);
        } catch (ExtensionConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("csc-rules cannot make the " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The objects of the settings of the test class in {@code context}, shared by every class with the same. */
    private static Made made(ExtensionContext context) {
        Settings settings = settings(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(settings, Made::new, Made.class);
    }

    /** The settings of the nearest {@link CscRulesTest}: on the class, or on a class enclosing a nested one. */
    private static Settings settings(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getEnclosingClass()) {
            Optional<CscRulesTest> test = AnnotationSupport.findAnnotation(candidate, CscRulesTest.class);
            if (test.isPresent()) {
                return Settings.of(test.get(), Optional.ofNullable(type.getClassLoader()).orElseGet(ClassLoader::getSystemClassLoader));
            }
        }
        throw new ExtensionConfigurationException("csc-rules' parameters need @CscRulesTest on the test class");
    }

    /** The objects made for one {@link Settings}, each on first use; thread-safe. */
    static final class Made {

        private final Settings settings;
        private final Map<Class<?>, Object> objects = new java.util.concurrent.ConcurrentHashMap<>();

        Made(Settings settings) {
            this.settings = settings;
        }

        Settings settings() {
            return settings;
        }

        <T> T get(Class<T> type) {
            Object known = objects.get(type);
            if (known == null) {
                known = MAKERS.get(type).apply(this);
                Object raced = objects.putIfAbsent(type, known);
                known = raced == null ? known : raced;
            }
            return type.cast(known);
        }
    }
}
