package org.cscrules.core.validation;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One thing wrong with a request, or another input (a state, an event, a local policy): where (a
 * property path such as {@code dates.groundsArose}, a policy's setting name, or the empty string
 * for the input itself) and what.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the property path from the input, e.g. {@code dates.groundsArose}, {@code
 *     [3].child.statuses} or a setting's name; the empty string for the input itself; never null
 * @param message what is wrong, in plain English; never null
 * @serial exclude
 */
// "@serial exclude": the JDK 17 javadoc wrongly asks for a comment on each field of a serializable
// record (JDK-8275199, fixed in 18); a record's serial form is its components, documented above.
public record Violation(String path, String message) implements Comparable<Violation>, Serializable {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::message);

    /**
     * Checks that both parts are given.
     *
     * @param path the property path, or the empty string for the input itself
     * @param message what is wrong
     * @throws IllegalArgumentException if either is null
     */
    public Violation {
        if (path == null || message == null) {
            throw new IllegalArgumentException("A violation needs a path and a message");
        }
    }

    /**
     * Orders by path, then message, so that reports are stable.
     *
     * @param other the violation to compare with
     * @return negative, zero or positive as this violation sorts before, with or after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public int compareTo(Violation other) {
        return ORDER.compare(this, other);
    }

    /**
     * The violation as a message shows it: the path ({@code request} for the input itself), a colon
     * and the message.
     *
     * @return the text, e.g. {@code dates.received: must not be null}; never null
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "request" : path) + ": " + message;
    }
}
