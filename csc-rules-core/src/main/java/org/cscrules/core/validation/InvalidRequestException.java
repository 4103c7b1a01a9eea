package org.cscrules.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request failed validation: thrown before any rule runs, it lists every violation at once,
 * in a stable order, each as path and message. A caller can show them all to a caseworker, or
 * map them onto form fields by path.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Every violation, sorted by path then message; never empty. */
    private final List<Violation> violations;

    /**
     * @param violations the violations found; at least one
     */
    public InvalidRequestException(List<Violation> violations) {
        super(message(violations));
        this.violations = violations.stream().sorted().toList();
    }

    private static String message(List<Violation> violations) {
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An invalid request has at least one violation, and no null ones");
        }
        return "Invalid complaint request (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "): "
                + violations.stream().sorted().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** Every violation, sorted by path then message. */
    public List<Violation> violations() {
        return violations;
    }
}
