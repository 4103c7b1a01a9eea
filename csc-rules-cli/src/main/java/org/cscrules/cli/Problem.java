package org.cscrules.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cscrules.calendar.DateOutOfRangeException;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.json.UnreadableJsonException;

/**
 * What was wrong with an input, as every way in reports it: a JSON object (the answer in its place,
 * on standard output, on its line of JSON lines, or as an HTTP 400 body) and one readable line. Neither
 * repeats a value typed.
 *
 * @param json the problem as JSON: {@code error}, {@code input}, and {@code violations} or
 *     {@code message}, {@code path}, {@code line}, {@code column}, {@code limitBytes} as they apply
 * @param line the same in one line, for standard error
 */
record Problem(Map<String, Object> json, String line) {

    /**
     * The problem {@code e} reports with the input named {@code input} ("request", "record", "state",
     * "policy", "key"), or null when {@code e} is not the input's fault.
     *
     * @param limitBytes the bound on the input, named when it was passed
     */
    static Problem of(Exception e, String input, long limitBytes) {
        Map<String, Object> problem = new LinkedHashMap<>();
        if (e instanceof InvalidRequestException invalid) {
            problem.put("error", "invalid request");
            problem.put("input", input);
            problem.put("violations", invalid.violations());
            return new Problem(problem, invalid.violations().stream().map(v -> v.path() + " " + v.message())
                    .collect(Collectors.joining("; ")));
        }
        if (e instanceof UnreadableJsonException unreadable) {
            String error = unreadable.kind() == UnreadableJsonException.Kind.NOT_JSON ? "invalid JSON" : "JSON that does not fit the model";
            problem.put("error", error);
            problem.put("input", input);
            problem.put("message", unreadable.problem());
            if (!unreadable.path().isEmpty()) {
                problem.put("path", unreadable.path());
            }
            unreadable.line().ifPresent(line -> problem.put("line", line));
            unreadable.column().ifPresent(column -> problem.put("column", column));
            return new Problem(problem, error + ": " + input + (unreadable.path().isEmpty() ? "" : "." + unreadable.path()) + " "
                    + unreadable.problem() + unreadable.line().stream()
                    .mapToObj(line -> " (line " + line + ", column " + unreadable.column().orElse(0) + ")").findFirst().orElse(""));
        }
        if (e instanceof DateOutOfRangeException outside) {
            problem.put("error", "date outside the calendar");
            problem.put("message", outside.getMessage());
            return new Problem(problem, outside.getMessage());
        }
        if (e instanceof IOException) {
            String error = e instanceof InputTooLarge ? "input too large" : e instanceof EmptyInput ? "empty input"
                    : e instanceof NoSuchFileException ? "not found" : "unreadable input";
            problem.put("error", error);
            problem.put("input", input);
            if (e instanceof InputTooLarge) {
                problem.put("limitBytes", limitBytes);
            }
            return new Problem(problem, error + ": " + input + (e instanceof InputTooLarge
                    ? " is longer than " + limitBytes + " bytes (--max-input-bytes)" : ""));
        }
        return null;
    }

    /** An input longer than its bound. */
    static final class InputTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        InputTooLarge() {
            super("input too large");
        }
    }

    /** An input with nothing in it. */
    static final class EmptyInput extends IOException {
        private static final long serialVersionUID = 1L;

        EmptyInput() {
            super("empty input");
        }
    }
}
