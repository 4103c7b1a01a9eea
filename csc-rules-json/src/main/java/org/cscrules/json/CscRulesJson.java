package org.cscrules.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.validation.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The library's model as JSON, in one place: every request, policy, decision, decision record,
 * state, event, transition and recalculation, read and written without loss, as the command line,
 * a server, or a caseworker system storing a record beside the case does. Dates are ISO
 * ({@code 2026-11-29}), instants ISO in UTC as recorded, enums by constant name; output is indented
 * and leaves out empty (null) fields. Reading is strict: a property the model does not have, a
 * property given twice, a missing number or flag, text after the document, an enum given by its
 * position, a number with a fraction where a whole number belongs, text where a number or a flag
 * belongs, and a document longer than {@link #MAX_DOCUMENT_CHARACTERS} are refused, never ignored
 * or coerced. What is refused is named by its path and what was expected, never by the value given.
 *
 * <p>A {@link LocalPolicy} is an object of its settings by name, as {@link LocalPolicy#settings()}
 * gives them; a setting left out keeps its statutory default, so {@code {"acknowledgementWorkingDays": 5}}
 * is a whole policy, and a record written before a setting existed reads with the reading the
 * library gave before it (a new setting's default).
 *
 * <p>Jackson is used inside and appears in no signature. Thread-safe: every method may be called
 * from many threads at once.
 */
public final class CscRulesJson {

    /**
     * The longest document read, in characters: far beyond any record of the model (a journey of a
     * hundred events is a few hundred kilobytes), so that an endless or hostile stream is refused
     * rather than read into memory.
     */
    public static final long MAX_DOCUMENT_CHARACTERS = 16L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_CHARACTERS)
                            .maxStringLength(1024 * 1024).maxNestingDepth(64).maxNumberLength(32).build())
                    .build())
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    /** The same configuration, writing compact JSON on one line. */
    private static final com.fasterxml.jackson.databind.ObjectWriter LINE_WRITER = MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private CscRulesJson() {
    }

    /** The one JSON configuration, for the seals' canonical form (package-private: Jackson stays inside). */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads {@code json} as a {@code type}: one of the model's types, or a record made of them.
     *
     * @param json the text; not null
     * @param type what to read it as; not null
     * @param <T> the type
     * @return the value, never null
     * @throws UnreadableJsonException if the text is null, not JSON, JSON {@code null}, or not a
     *     {@code type} (where, and what was expected)
     * @throws InvalidRequestException if it holds a local policy with invalid settings: one
     *     violation per setting, its path from the document, e.g. {@code basis.policy.gatekeeping}
     * @throws IllegalArgumentException if {@code type} is null
     */
    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            throw new UnreadableJsonException(UnreadableJsonException.Kind.NOT_JSON, name(type), "", "must be JSON text, not null", 0, 0);
        }
        return read(new StringReader(json), type);
    }

    /**
     * Reads the text of {@code json} as a {@code type}; see {@link #read(String, Class)}. The reader is not closed.
     *
     * @param json the text; not null
     * @param type what to read it as; not null
     * @param <T> the type
     * @return the value, never null
     * @throws UnreadableJsonException if the reader is null, or its text is not JSON, or not a
     *     {@code type}
     * @throws InvalidRequestException if it holds a local policy with invalid settings
     * @throws UncheckedIOException if the reader fails
     * @throws IllegalArgumentException if {@code type} is null
     */
    public static <T> T read(Reader json, Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (json == null) {
            throw new UnreadableJsonException(UnreadableJsonException.Kind.NOT_JSON, name(type), "", "must be JSON text, not null", 0, 0);
        }
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw JsonProblems.translate(e, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON: " + e.getMessage(), e);
        }
        if (value == null) {
            throw new UnreadableJsonException(UnreadableJsonException.Kind.NOT_THE_MODEL, name(type), "",
                    "must be " + JsonProblems.expected(type) + ", not null", 0, 0);
        }
        return value;
    }

    /**
     * Reads the UTF-8 text of {@code json} as a {@code type}; see {@link #read(String, Class)}. The stream is not closed.
     *
     * @param json the UTF-8 text; not null
     * @param type what to read it as; not null
     * @param <T> the type
     * @return the value, never null
     * @throws UnreadableJsonException if the stream is null, or its text is not JSON, or not a
     *     {@code type}
     * @throws InvalidRequestException if it holds a local policy with invalid settings
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalArgumentException if {@code type} is null
     */
    public static <T> T read(InputStream json, Class<T> type) {
        if (json == null) {
            throw new UnreadableJsonException(UnreadableJsonException.Kind.NOT_JSON, name(type), "", "must be JSON text, not null", 0, 0);
        }
        return read(new InputStreamReader(json, StandardCharsets.UTF_8), type);
    }

    /**
     * {@code value} as indented JSON: one of the model's types, a record made of them, or a map or
     * list of them with text, numbers and flags (as a command's answer).
     *
     * @param value what to write; not null
     * @return the JSON text, never null
     * @throws IllegalArgumentException if {@code value} is null, or of a type that cannot be written as JSON
     */
    public static String write(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code value} as compact JSON on one line, for JSON lines (one document a line): as {@link
     * #write(Object)}, without indentation; a line break in a text is escaped, so the result never
     * holds one.
     *
     * @param value what to write; not null
     * @return the JSON text, one line, never null
     * @throws IllegalArgumentException if {@code value} is null, or of a type that cannot be written as JSON
     */
    public static String writeLine(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        try {
            return LINE_WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes {@code value} as indented JSON to {@code out}; see {@link #write(Object)}. The writer is flushed, not closed.
     *
     * @param value what to write; not null
     * @param out where to write it; not null
     * @throws IllegalArgumentException if an argument is null, or {@code value} cannot be written as JSON
     * @throws UncheckedIOException if the writer fails
     */
    public static void write(Object value, Writer out) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        try {
            out.write(write(value));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code value} as indented UTF-8 JSON to {@code out}; see {@link #write(Object)}. The stream is flushed, not closed.
     *
     * @param value what to write; not null
     * @param out where to write it; not null
     * @throws IllegalArgumentException if an argument is null, or {@code value} cannot be written as JSON
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(Object value, OutputStream out) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        write(value, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String name(@Nullable Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }
}
