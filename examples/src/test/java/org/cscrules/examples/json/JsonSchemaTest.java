package org.cscrules.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
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
import org.cscrules.core.audit.Chronology;
import org.cscrules.core.audit.JourneyRecord;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.json.CscRulesJson;
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
    /** The schema generator's mapper, and a reader of what csc-rules-json writes: the model goes through CscRulesJson. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Path SAMPLES = Path.of("src", "main", "resources", "samples");
    /** Fields the model fills in when JSON leaves them out (none raised, nothing decided): optional in JSON. */
    private static final Set<String> DEFAULTED = Set.of("circumstances", "findings", "grievances");

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("complaint-request.schema.json", ComplaintRequest.class,
                        "csc-rules assess: a complaint request"),
                Arguments.of("process-step.schema.json", org.cscrules.cli.ProcessStep.class,
                        "csc-rules process: a complaint's state and the event to apply to it"),
                Arguments.of("decision-record.schema.json", org.cscrules.core.audit.DecisionRecord.class,
                        "csc-rules assess --record, output, and replay, input: a decision record to keep"),
                Arguments.of("start-request.schema.json", org.cscrules.cli.StartRequest.class,
                        "POST /start: the day a complaint was received, and where its stage 1 clock starts"),
                Arguments.of("complaint-state.schema.json", org.cscrules.core.process.ComplaintState.class,
                        "csc-rules start, output, and recalculate, input: a complaint's state"),
                Arguments.of("recalculation.schema.json", org.cscrules.core.process.Recalculation.class,
                        "csc-rules recalculate, output: the state on the council's policy, and what moved"),
                Arguments.of("eligibility-decision.schema.json", EligibilityDecision.class,
                        "csc-rules assess, output: the eligibility decision"),
                Arguments.of("transition.schema.json", Transition.class,
                        "csc-rules process, output: the transition"),
                Arguments.of("local-policy.schema.json", LocalPolicy.class,
                        "csc-rules --policy: a council's local policy, the settings it changes"),
                Arguments.of("journey-record.schema.json", JourneyRecord.class,
                        "a complaint's journey kept for audit: its start and each event with the transition it gave"),
                Arguments.of("chronology.schema.json", Chronology.class,
                        "the chronology of a journey: each event, and what became of each deadline"));
    }

    /** A JSON value of the model, as csc-rules-json writes it. */
    private static JsonNode tree(Object value) throws IOException {
        return MAPPER.readTree(CscRulesJson.write(value));
    }

    /**
     * A local policy: an object of its settings by name, each described from its declaration in
     * {@link PolicySetting} (kind, bounds, choices, description); any may be left out.
     */
    private static ObjectNode policySchema() {
        ObjectNode policy = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false)
                .put("description", "A council's local policy: its settings by name, each left out keeping its statutory "
                        + "default (docs/POLICY.md).");
        ObjectNode properties = policy.putObject("properties");
        for (PolicySetting setting : PolicySetting.values()) {
            ObjectNode property = properties.putObject(setting.settingName());
            property.put("description", setting.description() + " Why: docs/LAW.md#" + setting.lawSectionId() + ".");
            switch (setting.choices().isEmpty() ? (setting.minimum().isPresent() ? "number" : "days") : "choice") {
                case "number" -> {
                    if (setting.defaultValue().isEmpty()) {
                        property.putArray("type").add("integer").add("null");
                    } else {
                        property.put("type", "integer");
                    }
                    property.put("minimum", setting.minimum().getAsInt()).put("maximum", setting.maximum().getAsInt());
                }
                case "days" -> property.put("type", "array").put("uniqueItems", true).putObject("items")
                        .put("type", "string").put("format", "date");
                default -> {
                    if (setting.choices().equals(List.of("true", "false"))) {
                        property.put("type", "boolean");
                    } else {
                        setting.choices().forEach(property.putArray("enum")::add);
                    }
                }
            }
        }
        return policy;
    }

    private static String generate(Class<?> type, String title) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS))
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES,
                        Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> javaType.isInstanceOf(LocalPolicy.class)
                ? new CustomDefinition(policySchema(), CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO)
                : null);
        // A value the model writes from a method (Citation.addresses()), under the name it writes it.
        config.forMethods().withPropertyNameOverrideResolver(method -> {
            com.fasterxml.jackson.annotation.JsonProperty property =
                    method.getAnnotationConsideringFieldAndGetter(com.fasterxml.jackson.annotation.JsonProperty.class);
            return property == null || property.value().isEmpty() ? null : property.value();
        });
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
            return MAPPER.writeValueAsString(schema) + "\n";
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
        JourneyRecord journey = process.begin(state);
        for (ProcessEvent event : List.of(
                ProcessEvent.responseSent(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28), Delivery.POST),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2023, 1, 16)),
                ProcessEvent.stage2Extended(LocalDate.of(2023, 2, 1), 40, "records from the school"),
                ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2023, 2, 2)))) {
            JsonNode step = tree(new org.cscrules.cli.ProcessStep(state, event));
            assertThat(schema("process-step.schema.json").validate(step)).as("%s", event.type()).isEmpty();
            Transition transition = process.apply(state, event);
            assertThat(schema("transition.schema.json").validate(tree(transition))).isEmpty();
            journey = journey.with(event, transition);
            state = transition.state();
        }
        assertThat(schema("journey-record.schema.json").validate(tree(journey))).isEmpty();
        assertThat(schema("chronology.schema.json").validate(tree(Chronology.of(journey, LocalDate.of(2023, 6, 1))))).isEmpty();
        assertThat(state.events()).hasSize(3);
    }

    /** A decision record, a started state, its recalculation and a start request each fit their schema. */
    @Test
    void recordsStatesAndRecalculationsSatisfyTheirSchemas() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
        ComplaintRequest request = CscRulesJson.read(Files.readString(SAMPLES.resolve("care-leaver.json"), StandardCharsets.UTF_8),
                ComplaintRequest.class);
        org.cscrules.core.audit.DecisionRecord record = new org.cscrules.core.audit.DecisionRecord(request,
                org.cscrules.core.EligibilityService.create(LocalPolicy.statutoryDefaults(), clock).assess(request));
        assertThat(schema("decision-record.schema.json").validate(tree(org.cscrules.json.RecordSeals.seal(record, null)))).isEmpty();
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), clock);
        ComplaintState state = process.start(LocalDate.of(2026, 11, 9));
        assertThat(schema("complaint-state.schema.json").validate(tree(state))).isEmpty();
        ComplaintProcess council = ComplaintProcess.create(LocalPolicy.statutoryDefaults().toBuilder()
                .closureDays(Set.of(LocalDate.of(2026, 11, 12))).build(), clock);
        assertThat(schema("recalculation.schema.json").validate(tree(council.recalculate(state)))).isEmpty();
        assertThat(schema("start-request.schema.json").validate(MAPPER.readTree("{\"received\": \"2026-11-09\"}"))).isEmpty();
        assertThat(schema("start-request.schema.json").validate(MAPPER.readTree("{\"received\": \"2026-11-09\", \"x\": 1}")))
                .isNotEmpty();
    }

    /** Every policy the library writes fits the policy schema, a policy file giving one setting does, and a wrong one does not. */
    @Test
    void policiesSatisfyThePolicySchema() throws IOException {
        JsonSchema schema = schema("local-policy.schema.json");
        for (LocalPolicy policy : List.of(LocalPolicy.statutoryDefaults(),
                org.cscrules.core.policy.LocalPolicyExamples.cheshireWestAndChester2016().toBuilder()
                        .closureDays(Set.of(LocalDate.of(2026, 12, 29))).build())) {
            assertThat(schema.validate(tree(policy))).as("%s", policy).isEmpty();
        }
        assertThat(schema.validate(MAPPER.readTree("{\"acknowledgementWorkingDays\": 5}"))).isEmpty();
        assertThat(schema.validate(MAPPER.readTree("{\"acknowledgementWorkingDays\": 25, \"gatekeeping\": \"SOMETIMES\", \"x\": 1}")))
                .extracting(Object::toString).anyMatch(m -> m.contains("acknowledgementWorkingDays"))
                .anyMatch(m -> m.contains("gatekeeping")).anyMatch(m -> m.contains("x"));
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
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            assertThat(schema.validate(MAPPER.readTree(text))).as(sample.getFileName().toString()).isEmpty();
            JsonNode decision = tree(service.assess(CscRulesJson.read(text, ComplaintRequest.class)));
            assertThat(decisions.validate(decision)).as("the decision on %s", sample.getFileName()).isEmpty();
        }
        JsonNode misspelt = MAPPER.readTree("{\"complainantRole\": \"PARNT\", \"extra\": 1}");
        assertThat(schema.validate(misspelt)).isNotEmpty();
        assertThat(schema.validate(misspelt)).extracting(Object::toString)
                .anyMatch(m -> m.contains("complainantRole")).anyMatch(m -> m.contains("extra")).anyMatch(m -> m.contains("dates"));
    }
}
