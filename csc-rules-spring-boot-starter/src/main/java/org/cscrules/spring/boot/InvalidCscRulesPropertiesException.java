package org.cscrules.spring.boot;

import java.util.List;

/**
 * The application's {@code csc-rules.*} properties cannot be used: every problem at once, each
 * naming the property and what it must be, never the value given. Thrown while the application
 * starts, so that it never runs on a policy the council did not mean; Spring Boot prints it in its
 * start-up failure report.
 */
public final class InvalidCscRulesPropertiesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The problems, each "property: what it must be"; unmodifiable. */
    private final List<String> problems;

    /**
     * @param problems each "property: what it must be"; not null, not empty
     * @throws IllegalArgumentException if {@code problems} is null or empty
     */
    InvalidCscRulesPropertiesException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<String> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("problems must name at least one problem");
        }
        return "Invalid csc-rules properties (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n  " + String.join("\n  ", problems);
    }

    /**
     * Every problem found, in property order.
     *
     * @return each "property: what it must be"; never null or empty, unmodifiable
     */
    public List<String> problems() {
        return problems;
    }
}
