package org.cscrules.core;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.cscrules.core.policy.LocalPolicy;

/** Finds the one {@link CscRulesProvider} on the classpath, with a clear error when there is none. */
final class Providers {

    /** England's clock, for callers that do not inject their own. */
    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private Providers() {
    }

    static Clock systemClock() {
        return Clock.system(ENGLAND);
    }

    static CscRulesProvider find(LocalPolicy policy, Clock clock) {
        if (policy == null || clock == null) {
            throw new IllegalArgumentException("policy and clock must not be null");
        }
        List<CscRulesProvider> found = load(Thread.currentThread().getContextClassLoader());
        if (found.isEmpty()) {
            found = load(CscRulesProvider.class.getClassLoader());
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No csc-rules implementation on the classpath: add the dependency "
                    + "org.cscrules:csc-rules-drl");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("More than one csc-rules implementation on the classpath: "
                    + found.stream().map(p -> p.getClass().getName()).toList());
        }
        return found.get(0);
    }

    /** The providers visible to {@code loader}; a broken provider is reported, not thrown raw. */
    private static List<CscRulesProvider> load(ClassLoader loader) {
        try {
            return ServiceLoader.load(CscRulesProvider.class, loader).stream().map(ServiceLoader.Provider::get).toList();
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("The csc-rules implementation on the classpath cannot be loaded: "
                    + e.getMessage(), e);
        }
    }
}
