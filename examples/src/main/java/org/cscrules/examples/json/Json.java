package org.cscrules.examples.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cscrules.core.json.JsonMapping;

/**
 * The one JSON configuration of the examples: the library's own ({@link JsonMapping}), so that the
 * command line reads and writes exactly what a {@code DecisionRecord} does, and the schemas in
 * docs/schema/ describe it.
 */
public final class Json {

    /** The mapper; thread-safe once configured. */
    public static final ObjectMapper MAPPER = JsonMapping.newMapper();

    private Json() {
    }
}
