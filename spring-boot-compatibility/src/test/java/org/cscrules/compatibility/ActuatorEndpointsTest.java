package org.cscrules.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * A fresh web application on this Boot with the starter and Actuator, its policy in the
 * {@code application.yml} of docs/ADOPTING.md, and that page's {@code Intake} service: its {@code /actuator/info} and
 * {@code /actuator/health} over HTTP, and the policy written by the application's own Jackson (3 on
 * Boot 4) read back by csc-rules-json's Jackson 2. The two actuator bodies are kept in {@code target/}
 * for the record.
 */
@SpringBootTest(classes = CompatibilityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "management.endpoints.web.exposure.include=health,info",
                "management.endpoint.health.show-details=always"})
class ActuatorEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The shared test sources and docs/ADOPTING.md, from a module's directory. */
    private static final Path SOURCES = Path.of("..", "src", "test", "java");
    private static final Path ADOPTING = Path.of("..", "..", "docs", "ADOPTING.md");

    @Autowired
    private Environment environment;

    @Autowired
    private EligibilityService service;

    @Autowired
    private Intake intake;

    /** The service of docs/ADOPTING.md, given the starter's bean, assesses; its text is the page's. */
    @Test
    void theAdoptingPagesServiceRunsAsShown() throws IOException {
        assertThat(intake.assess(LibrarySmokeTest.PARENT).outcome()).isEqualTo(org.cscrules.core.decision.Outcome.ELIGIBLE);
        String page = Files.readString(ADOPTING, StandardCharsets.UTF_8);
        String source = Files.readString(SOURCES.resolve("org/cscrules/compatibility/Intake.java"), StandardCharsets.UTF_8);
        assertThat(page).contains(source.substring(source.indexOf("@Service")));
        assertThat(page).contains(Files.readString(SOURCES.resolve("../resources/application.yml"), StandardCharsets.UTF_8));
    }

    @Test
    void infoNamesWhatTheDecisionsCarry() throws Exception {
        String info = get("/actuator/info");
        keep("actuator-info.json", info);
        Provenance provenance = service.provenance();
        assertThat(info).contains("\"csc-rules\"", "\"libraryVersion\":\"" + provenance.libraryVersion() + "\"",
                "\"rulebookVersion\":\"" + provenance.rulebookVersion() + "\"",
                "\"calendarDataVersion\":\"" + provenance.calendarDataVersion() + "\"",
                "\"lastOfficialDay\":\"2028-12-31\"", "\"changedSettings\":[\"acknowledgementWorkingDays\",\"closureDays\"]");
    }

    @Test
    void healthIsUpAndSaysWhenTheOfficialDataEnds() throws Exception {
        String health = get("/actuator/health");
        keep("actuator-health.json", health);
        // Read as a tree: Boot 3 and Boot 4 order the keys differently.
        JsonNode tree = new ObjectMapper().readTree(health);
        assertThat(tree.path("status").asText()).isEqualTo("UP");
        JsonNode cscRules = tree.path("components").path("cscRules");
        assertThat(cscRules.path("status").asText()).isEqualTo("UP");
        assertThat(cscRules.path("details").path("lastOfficialDay").asText()).isEqualTo("2028-12-31");
        assertThat(cscRules.path("details").path("daysLeft").isIntegralNumber()).isTrue();
    }

    @Test
    void theApplicationsOwnJsonMapperWritesThePolicyAsCscRulesReadsIt() throws Exception {
        LocalPolicy read = CscRulesJson.read(get("/policy"), LocalPolicy.class);
        assertThat(read).isEqualTo(LocalPolicy.builder().acknowledgementWorkingDays(5)
                .closureDays(java.util.List.of(java.time.LocalDate.of(2026, 12, 29), java.time.LocalDate.of(2026, 12, 30)))
                .build());
    }

    private String get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static void keep(String file, String body) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", file), body, StandardCharsets.UTF_8);
    }
}
