package org.cscrules.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented JSON Schemas of the entry point's input and output (docs/schema/), generated from
 * the model and its Jakarta constraints so they cannot drift: the test fails when a committed
 * schema is stale; every bundled sample and its decision, and the states, events and transitions
 * of a journey, must satisfy theirs.
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
                        "csc-rules process: a complaint's state and the event to apply to it"),
                Arguments.of("eligibility-decision.schema.json", EligibilityDecision.class,
                        "csc-rules assess, output: the eligibility decision"),
                Arguments.of("transition.schema.json", Transition.class,
                        "csc-rules process, output: the transition"));
    }

    private static String generate(Class<?> type, String title) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(Json.MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        // A map keyed by an enum (a state's events and deliveries): its keys are the enum's names.
        config.forFields().withInstanceAttributeOverride((node, field, context) -> {
            if (field.getType().isInstanceOf(Map.class) && !field.getType().getTypeParameters().isEmpty()
                    && field.getType().getTypeParameters().get(0).isInstanceOf(Enum.class)) {
                ArrayNode names = node.putObject("propertyNames").putArray("enum");
                for (Object constant : field.getType().getTypeParameters().get(0).getErasedType().getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
            }
        });
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

    private static JsonSchema schema(String file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(file), StandardCharsets.UTF_8));
    }

    /** A state well into its journey, the event after it, and what the command answers: each fits its schema. */
    @Test
    void aJourneysStatesEventsAndTransitionsSatisfyTheirSchemas() throws IOException {
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(),
                Clock.fixed(Instant.parse("2023-06-01T12:00:00Z"), ZoneOffset.UTC));
        ComplaintState state = process.start(LocalDate.of(2022, 12, 12));
        for (ProcessEvent event : List.of(
                ProcessEvent.responseSent(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28), Delivery.POST),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2023, 1, 16)),
                ProcessEvent.stage2Extended(LocalDate.of(2023, 2, 1), 40, "records from the school"),
                ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2023, 2, 2)))) {
            JsonNode step = Json.MAPPER.valueToTree(new CscRulesCommand.Process.Step(state, event));
            assertThat(schema("process-step.schema.json").validate(step)).as("%s", event.type()).isEmpty();
            Transition transition = process.apply(state, event);
            assertThat(schema("transition.schema.json").validate(Json.MAPPER.valueToTree(transition))).isEmpty();
            state = transition.state();
        }
        assertThat(state.events()).hasSize(3);
    }

    @Test
    void everySampleSatisfiesTheRequestSchemaAndAMisspeltOneDoesNot() throws IOException {
        JsonSchema schema = schema("complaint-request.schema.json");
        JsonSchema decisions = schema("eligibility-decision.schema.json");
        org.cscrules.core.EligibilityService service = org.cscrules.core.EligibilityService.create(
                LocalPolicy.statutoryDefaults(), Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.sorted().toList();
        }
        assertThat(samples).hasSize(8);
        for (Path sample : samples) {
            JsonNode json = Json.MAPPER.readTree(Files.readString(sample, StandardCharsets.UTF_8));
            assertThat(schema.validate(json)).as(sample.getFileName().toString()).isEmpty();
            JsonNode decision = Json.MAPPER.valueToTree(service.assess(Json.MAPPER.treeToValue(json, ComplaintRequest.class)));
            assertThat(decisions.validate(decision)).as("the decision on %s", sample.getFileName()).isEmpty();
        }
        JsonNode misspelt = Json.MAPPER.readTree("{\"complainantRole\": \"PARNT\", \"extra\": 1}");
        assertThat(schema.validate(misspelt)).isNotEmpty();
        assertThat(schema.validate(misspelt)).extracting(Object::toString)
                .anyMatch(m -> m.contains("complainantRole")).anyMatch(m -> m.contains("extra")).anyMatch(m -> m.contains("child"));
    }
}
