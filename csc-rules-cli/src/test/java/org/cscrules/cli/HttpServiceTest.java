package org.cscrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.json.CscRulesJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP service as a client meets it: a real server on a loopback port, a real HTTP client. Every
 * answer is the library's own, under many concurrent clients; bad input is a 400 with the problem,
 * an oversized body a 413, a slow one a 503, never a stack trace; a stop lets the requests in hand finish.
 */
class HttpServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BODY = 64 * 1024;

    private HttpService service;
    private HttpClient client;

    @BeforeEach
    void start() throws IOException {
        service = HttpService.start(new InetSocketAddress("127.0.0.1", 0),
                new Operations(LocalPolicy.statutoryDefaults(), Requests.CLOCK, null, Operations.Needs.ELIGIBILITY),
                new HttpService.Limits(MAX_BODY, Duration.ofSeconds(2)));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        service.stop(Duration.ZERO);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAssessmentIsTheLibrarysOwnAnswer() throws Exception {
        EligibilityService library = Requests.service();
        HttpResponse<String> response = post("/assess", Requests.careLeaver());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(Requests.libraryAnswer(library, Requests.careLeaver())));
        HttpResponse<String> record = post("/assess?record=true", Requests.careLeaver());
        HttpResponse<String> replay = post("/replay", record.body());
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replay.body()).get("equal").asBoolean()).isTrue();
    }

    /** With ?whatIf=true, a late complaint's decision lists what each open finding would lead to: the library's own alternatives. */
    @Test
    void anAssessmentWithWhatIfListsTheLibrarysAlternatives() throws Exception {
        EligibilityService library = Requests.service();
        String late = Requests.nth(39);
        ComplaintRequest request = CscRulesJson.read(late, ComplaintRequest.class);
        org.cscrules.core.decision.EligibilityDecision expected = library.assessWithAlternatives(request);
        assertThat(expected.alternatives()).as("the 39th request is late: its grounds arose 537 days before").isNotEmpty();
        HttpResponse<String> response = post("/assess?whatIf=true", late);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(CscRulesJson.writeLine(expected)));
        assertThat(JSON.readTree(post("/assess", late).body()).has("alternatives")).isFalse();
        HttpResponse<String> both = post("/assess?record=true&whatIf=true", late);
        assertThat(JSON.readTree(both.body()).get("decision").get("alternatives").size()).isEqualTo(expected.alternatives().size());
    }

    /** 8 clients, 60 different requests each, all at once: every answer is the library's own to its request. */
    @Test
    void manyConcurrentClientsGetTheLibrarysOwnAnswers() throws Exception {
        EligibilityService library = Requests.service();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int first = c * 60;
                mismatches.add(clients.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int n = first; n < first + 60; n++) {
                        String request = Requests.nth(n);
                        HttpResponse<String> response = post("/assess", request);
                        if (response.statusCode() != 200
                                || !JSON.readTree(response.body()).equals(JSON.readTree(Requests.libraryAnswer(library, request)))) {
                            wrong.add(n + ": " + response.statusCode());
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> wrong : mismatches) {
                assertThat(wrong.get()).isEmpty();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void badInputIsA400WithTheProblemAndNeverAStackTrace() throws Exception {
        HttpResponse<String> notJson = post("/assess", "{\"complainantRole\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("error").asText()).isEqualTo("invalid JSON");
        HttpResponse<String> invalid = post("/assess", "{\"complainantRole\": \"PARENT\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).get("violations").size()).isPositive();
        HttpResponse<String> misspelt = post("/assess", "{\"complainantRole\": \"PARNT_SECRET\"}");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(misspelt.body()).doesNotContain("PARNT_SECRET").doesNotContain("\tat ");
        HttpResponse<String> empty = post("/process", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).get("error").asText()).isEqualTo("empty input");
        HttpResponse<String> noStart = post("/start", "{}");
        assertThat(noStart.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noStart.body()).get("violations").get(0).get("path").asText()).isEqualTo("received");
        assertThat(get("/assess").statusCode()).isEqualTo(405);
        assertThat(post("/health", "{}").statusCode()).isEqualTo(405);
        assertThat(get("/no-such-path").statusCode()).isEqualTo(404);
        assertThat(get("/assess/more").statusCode()).isEqualTo(404);
    }

    /** A body past the bound is refused: declared (Content-Length) before it is read, or streamed (chunked) as it comes. */
    @Test
    void anOversizedBodyIsA413() throws Exception {
        String big = "{\"complainantRole\": \"" + " ".repeat((int) MAX_BODY) + "\"}";
        HttpResponse<String> declared = post("/assess", big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Connection")).as("not reused with a body left unread").hasValue("close");
        assertThat(JSON.readTree(declared.body()).get("limitBytes").asLong()).isEqualTo(MAX_BODY);
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(uri("/assess")).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    /** A body that never finishes arriving gets a 503 once the time bound (2 s here) has passed. */
    @Test
    void aBodyTooSlowToArriveIsA503() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 503");
        }
    }

    @Test
    void healthVersionRulebookAndTheApiDocumentAreThere() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(health.body()).get("rulebookVersion").asText()).startsWith("sha256:");
        assertThat(JSON.readTree(get("/version").body()).get("version").asText()).isEqualTo("csc-rules " + Provenance.LIBRARY_VERSION);
        HttpResponse<String> rulebook = get("/rulebook");
        assertThat(rulebook.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(rulebook.body()).startsWith("# The csc-rules rulebook").contains("WHO-E13-CARE-LEAVER");
        HttpResponse<String> api = get("/openapi.json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(api.body()).get("openapi").asText()).isEqualTo("3.1.0");
        for (String schema : HttpService.SCHEMAS) {
            HttpResponse<String> served = get("/schema/" + schema);
            assertThat(served.statusCode()).as(schema).isEqualTo(200);
            assertThat(JSON.readTree(served.body()).get("$schema").asText()).contains("2020-12");
        }
    }

    /** Requests in hand when the service stops are answered; after it, no connection is taken. */
    @Test
    void aStopLetsTheRequestsInHandFinish() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> inHand = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            inHand.add(client.sendAsync(HttpRequest.newBuilder(uri("/assess")).POST(HttpRequest.BodyPublishers.ofString(Requests.nth(n)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(50);
        service.stop(Duration.ofSeconds(5));
        long answered = inHand.stream().map(future -> {
            try {
                return future.get().statusCode();
            } catch (Exception refusedBeforeItWasTaken) {
                return -1;
            }
        }).filter(status -> status == 200).count();
        assertThat(answered).as("requests taken before the stop are answered").isPositive();
        assertThat(inHand.stream().map(CompletableFuture::join).filter(r -> r.statusCode() != 200).count()).isZero();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    /** The service's problem objects are the command line's own. */
    @Test
    void theProblemIsTheCommandLinesOwn() throws Exception {
        String body = "{\"complainantRole\": \"PARENT\"}";
        HttpResponse<String> response = post("/assess", body);
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine command = CscRulesCommand.commandLine(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        command.setOut(new java.io.PrintWriter(out));
        command.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        command.execute("assess", "--today", Requests.TODAY.toString());
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(out.toString()));
        assertThat(CscRulesJson.write(JSON.readTree(response.body()))).isNotEmpty();
    }
}
