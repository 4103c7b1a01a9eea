package org.cscrules.json;

import java.util.OptionalInt;

/**
 * JSON that cannot be read as the type asked for: text that is not JSON, or JSON that does not fit
 * the model (a property the type does not have, a value of the wrong kind, a constant that does not
 * exist, a part that contradicts another). It says where, as a path from the document ({@code
 * subject.function}, {@code decision.reasons[0].effect}; empty for the document itself) and, when
 * known, a line and column, and what was expected there; never the value given.
 *
 * <p>JSON that reads but holds an invalid local policy is an {@link
 * org.cscrules.core.validation.InvalidRequestException} instead, one violation per setting, like
 * any other invalid input.
 */
public final class UnreadableJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Whether the text was not JSON at all, or JSON that does not fit the model. */
    public enum Kind {
        /** The text is not JSON: a syntax error, or it ends too soon. */
        NOT_JSON,
        /** The text is JSON, but not the type asked for. */
        NOT_THE_MODEL
    }

    /** Whether the text was not JSON, or JSON that does not fit the model. */
    private final Kind kind;
    /** Where in the document, as a path of property names and list indexes; empty for the document itself. */
    private final String path;
    /** What was expected at {@link #path}, never quoting the value given. */
    private final String problem;
    /** The line where reading stopped, from 1; 0 when not known. */
    private final int line;
    /** The column where reading stopped, from 1; meaningful only when {@link #line} is known. */
    private final int column;

    /**
     * @param kind not JSON, or not the model
     * @param type the simple name of the type asked for, for the message
     * @param path where in the document; empty for the document itself
     * @param problem what was expected there
     * @param line the line where reading stopped, from 1; 0 when not known
     * @param column the column where reading stopped, from 1
     */
    UnreadableJsonException(Kind kind, String type, String path, String problem, int line, int column) {
        super(message(kind, type, path, problem, line, column));
        this.kind = kind;
        this.path = path;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    private static String message(Kind kind, String type, String path, String problem, int line, int column) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return (kind == Kind.NOT_JSON ? "Not JSON: " : "Not a " + type + ": ")
                + (path.isEmpty() ? "" : path + " ") + problem + where;
    }

    /**
     * Whether the text was not JSON, or did not fit the model.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Where in the document: property names joined by dots, list indexes in brackets.
     *
     * @return the path, never null; empty for the document itself
     */
    public String path() {
        return path;
    }

    /**
     * What was expected at {@link #path()}, e.g. "must be a date (YYYY-MM-DD)".
     *
     * @return the problem, never null
     */
    public String problem() {
        return problem;
    }

    /**
     * The line of the text where reading stopped, from 1.
     *
     * @return the line, or empty when not known
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * The column of the text where reading stopped, from 1.
     *
     * @return the column, or empty when not known
     */
    public OptionalInt column() {
        return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
