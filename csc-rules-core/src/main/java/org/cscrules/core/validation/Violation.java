package org.cscrules.core.validation;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One thing wrong with a request: where (a property path such as {@code dates.groundsArose}, or
 * the empty string for the request itself) and what.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the property path from the request
 * @param message what is wrong, in plain English
 */
public record Violation(String path, String message) implements Comparable<Violation>, Serializable {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::message);

    /** Checks that both parts are given. */
    public Violation {
        if (path == null || message == null) {
            throw new IllegalArgumentException("A violation needs a path and a message");
        }
    }

    /** Orders by path, then message, so that reports are stable. */
    @Override
    public int compareTo(Violation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "request" : path) + ": " + message;
    }
}
