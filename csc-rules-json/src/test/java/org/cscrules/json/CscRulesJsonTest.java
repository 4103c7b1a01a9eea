package org.cscrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one JSON entry point: what 0.1.0 wrote reads and writes back to the byte; every kind of
 * unreadable JSON is one exception that says where and what was expected, never the value given;
 * an invalid policy is one violation per setting, wherever in a document it stands.
 */
class CscRulesJsonTest {

    private static final Path DATA = Path.of("..", "compat", "0.1.0");
    /** The settings added since 0.1.0, which this release writes at their defaults. */
    private static final Set<String> ADDED_SINCE_010 = Set.of("stage3WhenStage2Overdue", "proclaimedBankHolidays");

    static Stream<Arguments> writtenBy010() {
        return Stream.of(
                Arguments.of("decision-record-with-policy.json", DecisionRecord.class),
                Arguments.of("decision-record-defaults.json", DecisionRecord.class),
                Arguments.of("decision-record-care-leaver.json", DecisionRecord.class),
                Arguments.of("decision-record-child-protection-conference.json", DecisionRecord.class),
                Arguments.of("decision-record-late-complaint.json", DecisionRecord.class),
                Arguments.of("decision-record-grandparent-without-parental-responsibility.json", DecisionRecord.class),
                Arguments.of("decision-record-during-care-proceedings.json", DecisionRecord.class),
                Arguments.of("transition.json", Transition.class));
    }

    /** What 0.1.0 wrote reads, and this release writes it back exactly as it was, but for the settings retired since. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writtenBy010")
    void whatTheFirstReleaseWroteReadsAndWritesBackTheSame(String file, Class<?> type) throws IOException {
        String written = Files.readString(DATA.resolve(file), StandardCharsets.UTF_8).strip();
        Object read = CscRulesJson.read(written, type);
        assertThat(without(CscRulesJson.write(read), ADDED_SINCE_010))
                .as("as 0.1.0 wrote it, but for the settings retired since, and those added since at their default")
                .isEqualTo(without(written, PolicySetting.retiredSettings().keySet()));
        assertThat(CscRulesJson.read(CscRulesJson.write(read), type)).isEqualTo(read);
    }

    /** The JSON with every line naming one of {@code settings} left out. */
    private static String without(String json, Set<String> settings) {
        return json.lines().filter(line -> settings.stream().noneMatch(name -> line.strip().startsWith("\"" + name + "\"")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The state file was cut from a transition by another program: it reads, and is the transition's state. */
    @Test
    void theStateCutFromATransitionReads() throws IOException {
        ComplaintState state = CscRulesJson.read(Files.readString(DATA.resolve("state.json"), StandardCharsets.UTF_8),
                ComplaintState.class);
        Transition transition = CscRulesJson.read(Files.readString(DATA.resolve("transition.json"), StandardCharsets.UTF_8),
                Transition.class);
        assertThat(state).isEqualTo(transition.state());
        assertThat(CscRulesJson.read(CscRulesJson.write(state), ComplaintState.class)).isEqualTo(state);
    }

    @Test
    void aStringAReaderAndAStreamReadAlike() throws IOException {
        String json = Files.readString(DATA.resolve("request.json"), StandardCharsets.UTF_8);
        ComplaintRequest fromString = CscRulesJson.read(json, ComplaintRequest.class);
        assertThat(CscRulesJson.read(new StringReader(json), ComplaintRequest.class)).isEqualTo(fromString);
        assertThat(CscRulesJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ComplaintRequest.class))
                .isEqualTo(fromString);
        boolean[] closed = {false};
        CscRulesJson.read(new StringReader(json) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }, ComplaintRequest.class);
        assertThat(closed[0]).as("the caller's reader is the caller's to close").isFalse();
        StringWriter writer = new StringWriter();
        CscRulesJson.write(fromString, writer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CscRulesJson.write(fromString, bytes);
        assertThat(writer.toString()).isEqualTo(CscRulesJson.write(fromString))
                .isEqualTo(bytes.toString(StandardCharsets.UTF_8));
    }

    /** One line: the same JSON as {@link CscRulesJson#write(Object)}, without indentation; a line break in a text stays escaped. */
    @Test
    void aLineIsTheSameJsonOnOneLine() throws IOException {
        ComplaintRequest request = CscRulesJson.read(Files.readString(DATA.resolve("request.json"), StandardCharsets.UTF_8),
                ComplaintRequest.class);
        String line = CscRulesJson.writeLine(request);
        assertThat(line).doesNotContain("\n").startsWith("{\"");
        assertThat(CscRulesJson.read(line, ComplaintRequest.class)).isEqualTo(request);
        assertThat(line.replaceAll("\\s", "")).isEqualTo(CscRulesJson.write(request).replaceAll("\\s", ""));
        assertThat(CscRulesJson.writeLine(java.util.Map.of("text", "two\nlines"))).isEqualTo("{\"text\":\"two\\nlines\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CscRulesJson.writeLine(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A policy is its settings by name; a file giving some keeps the defaults of the rest. */
    @Test
    void aPolicyIsItsSettingsByName() {
        LocalPolicy policy = LocalPolicyExamples.cheshireWestAndChester2016().toBuilder()
                .closureDays(Set.of(LocalDate.of(2026, 12, 29))).build();
        String json = CscRulesJson.write(policy);
        assertThat(json).contains("\"gatekeeping\" : \"COUNCIL_DISCRETION\"", "\"closureDays\" : [ \"2026-12-29\" ]")
                .doesNotContain("childConsentAge");
        assertThat(CscRulesJson.read(json, LocalPolicy.class)).isEqualTo(policy);
        assertThat(CscRulesJson.read("{\"acknowledgementWorkingDays\": 5}", LocalPolicy.class))
                .isEqualTo(LocalPolicy.builder().acknowledgementWorkingDays(5).build());
        assertThat(CscRulesJson.read("{}", LocalPolicy.class)).isEqualTo(LocalPolicy.statutoryDefaults());
    }

    /** An invalid setting is a violation named by its path from the document, one per setting, never a Jackson error. */
    @Test
    void anInvalidPolicyIsOneViolationPerSettingWhereverItStands() throws IOException {
        assertThatThrownBy(() -> CscRulesJson.read("{\"acknowledgementWorkingDays\": 99, \"gatekeeping\": \"SECRET\", "
                + "\"nosuch\": 1}", LocalPolicy.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("acknowledgementWorkingDays", "must be a whole number from 0 to 20"),
                        new Violation("gatekeeping", "must be one of NONE, REASONED_REFUSAL_ON_STATUTORY_GROUNDS, COUNCIL_DISCRETION"),
                        new Violation("nosuch", "is not a setting of LocalPolicy; the settings are listed in docs/POLICY.md")))
                .hasMessageNotContaining("SECRET").hasMessageNotContaining("99");
        String state = Files.readString(DATA.resolve("state.json"), StandardCharsets.UTF_8)
                .replace("\"childConsentAge\": 12", "\"childConsentAge\": 40");
        assertThatThrownBy(() -> CscRulesJson.read(state, ComplaintState.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("basis.policy.childConsentAge", "must be a whole number from 1 to 17, or none")));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("{not json", UnreadableJsonException.Kind.NOT_JSON, "", "is not valid JSON", 1),
                Arguments.of("{\"complainantRole\": ", UnreadableJsonException.Kind.NOT_JSON, "", "ends before the JSON is complete", 1),
                Arguments.of("{\"complainantRole\": \"SECRET_ROLE\"}", UnreadableJsonException.Kind.NOT_THE_MODEL, "complainantRole",
                        "must be one of CHILD_LOOKED_AFTER, ", 1),
                Arguments.of("{\"complainantRole\": \"PARENT\", \"secretField\": 1}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "secretField", "is not a property of ComplaintRequest; it has child, circumstances, ", 1),
                Arguments.of("{\"dates\": {\"received\": \"SECRET-DATE\"}}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "dates.received", "must be a date (YYYY-MM-DD)", 1),
                Arguments.of("{\"child\": {\"ageInYears\": \"twelve\"}}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "child.ageInYears", "must be a whole number", 1),
                Arguments.of("{\"circumstances\": \"SECRET\"}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "circumstances", "must be a list", 1),
                Arguments.of("{} {}", UnreadableJsonException.Kind.NOT_THE_MODEL, "", "has more text after the JSON document", 1),
                Arguments.of("null", UnreadableJsonException.Kind.NOT_THE_MODEL, "", "must be an object (a ComplaintRequest), not null", 0),
                // #13: strict where Jackson is lenient; the key given twice is named, never a value
                Arguments.of("{\"complainantRole\": 2}", UnreadableJsonException.Kind.NOT_THE_MODEL, "complainantRole",
                        "must be one of CHILD_LOOKED_AFTER, ", 1),
                Arguments.of("{\"complainantRole\": \"2\"}", UnreadableJsonException.Kind.NOT_THE_MODEL, "complainantRole",
                        "must be one of CHILD_LOOKED_AFTER, ", 1),
                Arguments.of("{\"child\": {\"ageInYears\": 17.9}}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "child.ageInYears", "must be a whole number", 1),
                Arguments.of("{\"child\": {\"ageInYears\": \"12\"}}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "child.ageInYears", "must be a whole number", 1),
                Arguments.of("{\"complainantRole\": \"PARENT\", \"complainantRole\": \"SECRET_ROLE\"}",
                        UnreadableJsonException.Kind.NOT_JSON, "", "has the property \"complainantRole\" twice", 1),
                Arguments.of("{\"child\": {\"dateOfBirth\": \"2010-02-30\"}}", UnreadableJsonException.Kind.NOT_THE_MODEL,
                        "child.dateOfBirth", "must be a date (YYYY-MM-DD)", 1),
                Arguments.of("{\"complainantRole\": \"" + "S".repeat(2 * 1024 * 1024) + "\"}", UnreadableJsonException.Kind.NOT_JSON,
                        "complainantRole", "is longer or deeper than a document", 0));
    }

    /** Unreadable JSON: one exception, the path and what was expected, a line and column where known, never the value given. */
    @ParameterizedTest(name = "{index}")
    @MethodSource("unreadable")
    void unreadableJsonSaysWhereAndWhatWasExpected(String json, UnreadableJsonException.Kind kind, String path, String problem,
                                                   int line) {
        assertThatThrownBy(() -> CscRulesJson.read(json, ComplaintRequest.class))
                .isInstanceOfSatisfying(UnreadableJsonException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).startsWith(problem);
                    assertThat(e.line().orElse(0)).isEqualTo(line);
                    assertThat(e.getMessage()).doesNotContain("SECRET", "twelve", "17.9", "2010-02-30").doesNotContain("com.fasterxml");
                });
    }

    @Test
    void nullsAreClearErrors() {
        assertThatThrownBy(() -> CscRulesJson.read((String) null, ComplaintRequest.class))
                .isInstanceOf(UnreadableJsonException.class).hasMessage("Not JSON: must be JSON text, not null");
        assertThatThrownBy(() -> CscRulesJson.read("{}", null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must not be null");
        assertThatThrownBy(() -> CscRulesJson.write(null)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CscRulesJson.write("x", (StringWriter) null)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    /** A record made of the model's types reads too: the command line's {@code {"state": ..., "event": ...}}. */
    @Test
    void aRecordOfTheModelsTypesReads() throws IOException {
        Step step = CscRulesJson.read(Files.readString(DATA.resolve("process-step.json"), StandardCharsets.UTF_8), Step.class);
        assertThat(step.event().extendedToWorkingDays()).isEqualTo(50);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("equal", true);
        answer.put("differences", List.of("RULEBOOK"));
        assertThat(CscRulesJson.write(answer)).isEqualTo("{\n  \"equal\" : true,\n  \"differences\" : [ \"RULEBOOK\" ]\n}");
    }

    /** What {@code csc-rules process} reads. */
    record Step(ComplaintState state, ProcessEvent event) {
    }
}
