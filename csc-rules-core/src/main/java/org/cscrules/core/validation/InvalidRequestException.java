package org.cscrules.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An input failed validation (a complaint request, a state, an event, a local policy, a record):
 * thrown before any rule runs, it lists every violation at once,
 * in a stable order, each as path and message. A caller can show them all to a caseworker, or
 * map them onto form fields by path.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Every violation, sorted by path then message; never empty. */
    private final List<Violation> violations;

    /**
     * An invalid complaint request.
     *
     * @param violations the violations found; at least one, none null
     * @throws IllegalArgumentException if {@code violations} is null, empty or holds a null
     */
    public InvalidRequestException(List<Violation> violations) {
        this("complaint request", violations);
    }

    /**
     * An invalid input of another kind, e.g. a local policy, named in the message.
     *
     * @param input what was invalid, e.g. {@code "local policy"}; not blank
     * @param violations the violations found; at least one, none null
     * @throws IllegalArgumentException if {@code input} is null or blank, or {@code violations} is
     *     null, empty or holds a null
     */
    public InvalidRequestException(String input, List<Violation> violations) {
        super(message(input, violations));
        this.violations = violations.stream().sorted().toList();
    }

    private static String message(String input, List<Violation> violations) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("An invalid input is named");
        }
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An invalid input has at least one violation, and no null ones");
        }
        return "Invalid " + input + " (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "): "
                + violations.stream().sorted().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Every violation, sorted by path then message.
     *
     * @return the violations, unmodifiable, never null and never empty
     */
    public List<Violation> violations() {
        return violations;
    }
}
