package org.cscrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Jackson reports into the library's exceptions: where (a path from the document, a line
 * and column) and what was expected there. Jackson's own messages quote the value given; these do
 * not.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The exception to throw for {@code e}, met while reading a {@code type}. */
    static RuntimeException translate(JacksonException e, Class<?> type) {
        InvalidRequestException invalid = invalidPolicy(e);
        String path = path(e);
        if (invalid != null) {
            return path.isEmpty() ? invalid : new InvalidRequestException("local policy", invalid.violations().stream()
                    .map(violation -> new Violation(path + (violation.path().isEmpty() ? "" : "." + violation.path()),
                            violation.message()))
                    .toList());
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        if (causedBy(e, StreamConstraintsException.class)) {
            return new UnreadableJsonException(UnreadableJsonException.Kind.NOT_JSON, type.getSimpleName(), path,
                    "is longer or deeper than a document of the model may be (at most " + CscRulesJson.MAX_DOCUMENT_CHARACTERS
                            + " characters)", line, column);
        }
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return new UnreadableJsonException(UnreadableJsonException.Kind.NOT_JSON, type.getSimpleName(), path,
                    "has the property \"" + duplicate + "\" twice", line, column);
        }
        if (!(e instanceof JsonMappingException)) {
            String problem = e instanceof JsonEOFException ? "ends before the JSON is complete" : "is not valid JSON";
            return new UnreadableJsonException(UnreadableJsonException.Kind.NOT_JSON, type.getSimpleName(), path, problem,
                    line, column);
        }
        return new UnreadableJsonException(UnreadableJsonException.Kind.NOT_THE_MODEL, type.getSimpleName(), path,
                problem((JsonMappingException) e), line, column);
    }

    /** Whether {@code e} or one of its causes is a {@code kind}: databind wraps the parser's own reports. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The key a document gives twice, from the parser's report; null for any other problem. */
    private static @Nullable String duplicateKey(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (!message.startsWith("Duplicate field '")) {
            return null;
        }
        int end = message.indexOf('\'', "Duplicate field '".length());
        return end < 0 ? "" : message.substring("Duplicate field '".length(), end);
    }

    /** A policy's own violations, wherever in the document it was read; null when no policy was refused. */
    private static @Nullable InvalidRequestException invalidPolicy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequestException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** Property names joined by dots, indexes in brackets: {@code decision.reasons[0].effect}. */
    private static String path(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What was expected, without the value given. */
    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a property of " + unknown.getReferringClass().getSimpleName() + knownProperties(unknown.getKnownPropertyIds());
        }
        if (e instanceof ValueInstantiationException) {
            return "does not fit the model" + ownMessage(e.getCause());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String message = String.valueOf(mismatch.getOriginalMessage());
            if (message.startsWith("Trailing token")) {
                return "has more text after the JSON document";
            }
            if (message.contains("null")) {
                return "must not be null";
            }
            return "must be " + expected(mismatch.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
            return "has more text after the JSON document";
        }
        return "does not fit the model" + ownMessage(e.getCause());
    }

    /**
     * ": " and the message of {@code cause} when it is the model's own check (an {@code
     * IllegalArgumentException} thrown by a constructor of the library, whose messages name no
     * value); otherwise nothing, since another's message may quote the value given.
     */
    private static String ownMessage(@Nullable Throwable cause) {
        boolean own = cause instanceof IllegalArgumentException && cause.getMessage() != null
                && cause.getStackTrace().length > 0 && cause.getStackTrace()[0].getClassName().startsWith("org.cscrules.");
        return own ? ": " + cause.getMessage() : "";
    }

    private static String knownProperties(@Nullable Collection<Object> known) {
        return known == null || known.isEmpty() ? ""
                : "; it has " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** What a value of {@code type} looks like in JSON. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "an instant (ISO-8601 in UTC, e.g. 2026-11-29T10:15:30Z)";
        }
        if (type == ZoneId.class) {
            return "a time-zone id (e.g. Europe/London)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object (a " + type.getSimpleName() + ")";
    }
}
