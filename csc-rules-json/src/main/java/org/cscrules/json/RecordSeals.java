package org.cscrules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.audit.Replay;
import org.jspecify.annotations.Nullable;

/**
 * Seals for the records a council keeps, so that a record altered after it was made is found out
 * rather than replayed as if the library had changed its answer. A seal is a digest of each part of
 * the record (a decision record's request and decision; a journey record's start, its deadlines and
 * each step) over its canonical JSON: properties and map entries in name order, no spacing.
 *
 * <p>With a key the council keeps (HMAC-SHA256, {@code javax.crypto}), a seal shows the record is
 * the one the holder of the key sealed: an edit cannot be hidden without the key. Without a key
 * (SHA-256), a seal finds an accidental edit only: whoever alters a record can seal it again. A
 * record written by release 0.1.0 has no seal and is reported as unsealed.
 *
 * <p>Thread-safe; the key is never kept.
 */
public final class RecordSeals {

    /** What the seal of a record says. */
    public enum Status {
        /** Every part is as it was sealed. */
        INTACT,
        /** At least one part was altered after it was sealed: {@link Check#altered()} names which. */
        ALTERED,
        /** The record carries no seal (release 0.1.0 wrote none): nothing can be said. */
        UNSEALED,
        /** The record was sealed with a key, and none was given to check it. */
        KEY_NEEDED,
        /** The seal is not one this library makes: it was altered, or made by another tool. */
        NOT_A_SEAL
    }

    /**
     * What checking a record's seal found.
     *
     * @param status what the seal says; never null
     * @param altered the parts altered, e.g. {@code decision} or {@code steps[3]}; never null, empty
     *     unless ALTERED, unmodifiable
     */
    public record Check(Status status, List<String> altered) {

        /**
         * Copies the parts.
         *
         * @param status what the seal says; not null
         * @param altered the parts altered; not null, nor any of its names
         * @throws IllegalArgumentException if {@code status} or {@code altered} is null
         * @throws NullPointerException if {@code altered} holds a null
         */
        public Check {
            if (status == null || altered == null) {
                throw new IllegalArgumentException("A seal check needs its status and the parts altered");
            }
            altered = List.copyOf(altered);
        }

        /**
         * One sentence for the audit trail.
         *
         * @return what the seal says, never null
         */
        public String explanation() {
            return switch (status) {
                case INTACT -> "The record is as it was sealed.";
                case ALTERED -> "The record was altered after it was sealed: " + String.join(", ", altered) + ".";
                case UNSEALED -> "The record carries no seal, so whether it was altered cannot be said.";
                case KEY_NEEDED -> "The record was sealed with a key; give the key to check it.";
                case NOT_A_SEAL -> "The record's seal is not one this library makes: it was altered, or made elsewhere.";
            };
        }
    }

    private static final String VERSION = "v1";
    private static final String KEYED = "hmac-sha256";
    private static final String PLAIN = "sha256";
    /** Bytes of each part's digest kept in the seal: 128 bits. */
    private static final int DIGEST_BYTES = 16;

    /** The canonical form: the one JSON configuration's, with properties and map entries in name order, unindented. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ObjectMapper CANONICAL = CscRulesJson.mapper().copy()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, false)
            .registerModule(new SimpleModule().addSerializer((Class) Set.class, new SortedSetSerializer()));

    private RecordSeals() {
    }

    /** A set as a list in a fixed order, whatever order the set iterates in (which may differ between runs). */
    private static final class SortedSetSerializer extends StdSerializer<Set<?>> {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        SortedSetSerializer() {
            super((Class) Set.class);
        }

        @Override
        public void serialize(Set<?> set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<Object> sorted = new ArrayList<>(set);
            sorted.sort(Comparator.comparing(String::valueOf));
            generator.writeStartArray();
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, generator);
            }
            generator.writeEndArray();
        }
    }

    /**
     * {@code record} sealed: with {@code key}, keyed (HMAC-SHA256); without, a plain digest that
     * finds accidental edits only.
     *
     * @param record the record; not null
     * @param key the council's key; null for none
     * @return the record with its seal, never null
     * @throws IllegalArgumentException if {@code record} is null, or {@code key} is empty
     */
    public static DecisionRecord seal(DecisionRecord record, byte @Nullable [] key) {
        if (record == null) {
            throw new IllegalArgumentException("record must not be null");
        }
        return new DecisionRecord(record.request(), record.decision(), seal(parts(record), key));
    }

    /**
     * {@code record} sealed; see {@link #seal(DecisionRecord, byte[])}.
     *
     * @param record the record; not null
     * @param key the council's key; null for none
     * @return the record with its seal, never null
     * @throws IllegalArgumentException if {@code record} is null, or {@code key} is empty
     */
    public static JourneyRecord seal(JourneyRecord record, byte @Nullable [] key) {
        if (record == null) {
            throw new IllegalArgumentException("record must not be null");
        }
        return new JourneyRecord(record.start(), record.startDeadlines(), record.steps(), seal(parts(record), key));
    }

    /**
     * What {@code record}'s seal says: intact, altered (naming the parts), unsealed, a key needed,
     * or not a seal.
     *
     * @param record the record; not null
     * @param key the key it was sealed with; null when none was used or none is at hand
     * @return the check, never null
     * @throws IllegalArgumentException if {@code record} is null, or {@code key} is empty
     */
    public static Check check(DecisionRecord record, byte @Nullable [] key) {
        if (record == null) {
            throw new IllegalArgumentException("record must not be null");
        }
        return check(record.seal(), parts(record), key);
    }

    /**
     * What {@code record}'s seal says; see {@link #check(DecisionRecord, byte[])}.
     *
     * @param record the record; not null
     * @param key the key it was sealed with; null when none was used or none is at hand
     * @return the check, never null
     * @throws IllegalArgumentException if {@code record} is null, or {@code key} is empty
     */
    public static Check check(JourneyRecord record, byte @Nullable [] key) {
        if (record == null) {
            throw new IllegalArgumentException("record must not be null");
        }
        return check(record.seal(), parts(record), key);
    }

    /**
     * The audit trail's sentence for a replay of a record whose seal was checked: "the record was
     * altered" (naming the parts) when it was, never a fault blamed on the library; otherwise the
     * replay's own explanation, with what the seal says when the answer differs.
     *
     * @param replay the replay of the record; not null
     * @param check what the record's seal says; not null
     * @return the sentence, never null
     * @throws IllegalArgumentException if an argument is null
     */
    public static String explanation(Replay replay, Check check) {
        if (replay == null || check == null) {
            throw new IllegalArgumentException("replay and check must not be null");
        }
        if (check.status() == Status.ALTERED) {
            return check.explanation();
        }
        return replay.equal() ? replay.explanation() : replay.explanation() + " " + check.explanation();
    }

    private static Map<String, Object> parts(DecisionRecord record) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("request", record.request());
        parts.put("decision", record.decision());
        return parts;
    }

    private static Map<String, Object> parts(JourneyRecord record) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("start", record.start());
        parts.put("startDeadlines", record.startDeadlines());
        for (int i = 0; i < record.steps().size(); i++) {
            parts.put("steps[" + i + "]", record.steps().get(i));
        }
        return parts;
    }

    /** "v1;hmac-sha256;request=…;decision=…": the version, the kind, and each part's digest. */
    private static String seal(Map<String, Object> parts, byte @Nullable [] key) {
        requireKey(key);
        StringBuilder seal = new StringBuilder(VERSION).append(';').append(key == null ? PLAIN : KEYED);
        parts.forEach((name, part) -> seal.append(';').append(name).append('=').append(digest(part, key)));
        return seal.toString();
    }

    private static Check check(@Nullable String seal, Map<String, Object> parts, byte @Nullable [] key) {
        requireKey(key);
        if (seal == null) {
            return new Check(Status.UNSEALED, List.of());
        }
        String[] fields = seal.split(";");
        if (fields.length < 2 || !fields[0].equals(VERSION) || !fields[1].equals(KEYED) && !fields[1].equals(PLAIN)) {
            return new Check(Status.NOT_A_SEAL, List.of());
        }
        boolean keyed = fields[1].equals(KEYED);
        if (keyed && key == null) {
            return new Check(Status.KEY_NEEDED, List.of());
        }
        Map<String, String> sealed = new LinkedHashMap<>();
        for (int i = 2; i < fields.length; i++) {
            int equals = fields[i].indexOf('=');
            if (equals < 0) {
                return new Check(Status.NOT_A_SEAL, List.of());
            }
            sealed.put(fields[i].substring(0, equals), fields[i].substring(equals + 1));
        }
        List<String> altered = new ArrayList<>();
        parts.forEach((name, part) -> {
            String expected = sealed.get(name);
            if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    digest(part, keyed ? key : null).getBytes(StandardCharsets.US_ASCII))) {
                altered.add(name);
            }
        });
        sealed.keySet().stream().filter(name -> !parts.containsKey(name)).forEach(name -> altered.add(name + " (removed)"));
        return altered.isEmpty() ? new Check(Status.INTACT, List.of()) : new Check(Status.ALTERED, altered);
    }

    /** The part's canonical JSON, digested: keyed with {@code key}, or plain without. */
    private static String digest(Object part, byte @Nullable [] key) {
        byte[] canonical;
        try {
            canonical = CANONICAL.writeValueAsBytes(part);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The record cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        try {
            byte[] digest;
            if (key == null) {
                digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            } else {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                digest = mac.doFinal(canonical);
            }
            return HexFormat.of().formatHex(digest, 0, DIGEST_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has SHA-256 and HmacSHA256", e);
        }
    }

    private static void requireKey(byte @Nullable [] key) {
        if (key != null && key.length == 0) {
            throw new IllegalArgumentException("key must not be empty: give none for an unkeyed seal");
        }
    }
}
