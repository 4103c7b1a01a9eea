package org.cscrules.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cscrules.core.request.ComplaintRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The documented JSON Schemas of the entry point's input (docs/schema/), generated from the model
 * and its Jakarta constraints so they cannot drift: the test fails when a committed schema is
 * stale, and every bundled sample must satisfy the request schema.
 */
class JsonSchemaTest {

    private static final Path SCHEMAS = Path.of("..", "docs", "schema");
    private static final Path SAMPLES = Path.of("src", "main", "resources", "samples");
    /** Fields the model fills in when JSON leaves them out (none raised, nothing decided): optional in JSON. */
    private static final Set<String> DEFAULTED = Set.of("circumstances", "findings", "grievances");

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("complaint-request.schema.json", ComplaintRequest.class,
                        "csc-rules assess: a complaint request"),
                Arguments.of("process-step.schema.json", CscRulesCommand.Process.Step.class,
                        "csc-rules process: a complaint's state and the event to apply to it"));
    }

    private static String generate(Class<?> type, String title) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(Json.MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES);
        config.forFields().withRequiredCheck(field -> !DEFAULTED.contains(field.getName())
                && field.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.NotNull.class) != null
                || field.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.NotEmpty.class) != null);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
        schema.put("title", title);
        schema.put("description", "Generated from the csc-rules model (JsonSchemaTest); the library's validation "
                + "checks more than a schema can (dates in order, a stage's required events). The library's reading of "
                + "the provisions, not legal advice.");
        try {
            return Json.MAPPER.writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void theCommittedSchemaIsCurrent(String file, Class<?> type, String title) throws IOException {
        String generated = generate(type, title);
        Path committed = SCHEMAS.resolve(file);
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!current.equals(generated)) {
            Path fresh = Path.of("target", "schema", file).toAbsolutePath();
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            throw new AssertionError("docs/schema/" + file + " is stale: review and copy " + fresh + " to docs/schema/");
        }
    }

    @Test
    void everySampleSatisfiesTheRequestSchemaAndAMisspeltOneDoesNot() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve("complaint-request.schema.json"), StandardCharsets.UTF_8));
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.sorted().toList();
        }
        assertThat(samples).hasSize(8);
        for (Path sample : samples) {
            JsonNode json = Json.MAPPER.readTree(Files.readString(sample, StandardCharsets.UTF_8));
            assertThat(schema.validate(json)).as(sample.getFileName().toString()).isEmpty();
        }
        JsonNode misspelt = Json.MAPPER.readTree("{\"complainantRole\": \"PARNT\", \"extra\": 1}");
        assertThat(schema.validate(misspelt)).extracting(Object::toString)
                .anyMatch(m -> m.contains("complainantRole")).anyMatch(m -> m.contains("extra")).anyMatch(m -> m.contains("child"));
    }
}
