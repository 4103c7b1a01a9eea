package org.cscrules.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.drl.DroolsRulesProvider;
import org.cscrules.json.CscRulesJson;

/**
 * {@code csc-rules serve}: the same answers over HTTP, on the JDK's own server
 * ({@code com.sun.net.httpserver}): no dependency beyond the JDK, a start in milliseconds, HTTP
 * parsed by the JDK, handlers on a pool of threads (virtual threads where the JDK has them).
 *
 * <p>POST {@code /assess} (a request; {@code ?record=true} for a decision record, {@code ?whatIf=true}
 * for the decision's alternatives, or both), {@code /replay}
 * (a decision record), {@code /process} (a state and an event), {@code /start} ({@code received},
 * {@code stage1ClockStart}), {@code /recalculate} (a state); GET {@code /health}, {@code /version},
 * {@code /rulebook} (Markdown), {@code /openapi.json}. The same JSON as the command line: 200 with the
 * answer; 400 with the problem object for bad input (413 past the size bound); 404, 405; 500 for a
 * fault and 503 past the time bound, each with one line of JSON and never a stack trace. No body is
 * ever logged: request bodies are children's personal data. No authentication of its own: TLS and
 * access control belong to the council's gateway; it binds to 127.0.0.1 unless told otherwise.
 */
final class HttpService {

    /** The bounds of a request: the most its body may be, and the longest it may take. */
    record Limits(long maxBodyBytes, Duration timeout) {
    }

    static {
        // each reply is written as its headers, then its body: without this the body can wait for the
        // client's delayed acknowledgement of the headers (40 ms a request on Linux). Read once, when
        // the JDK's server is first used.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ExecutorService workers;

    private HttpService(HttpServer server, ExecutorService handlers, ExecutorService workers) {
        this.server = server;
        this.handlers = handlers;
        this.workers = workers;
    }

    /**
     * Starts serving {@code operations} at {@code address} (port 0 for any free port).
     *
     * @throws IOException if the address cannot be bound
     */
    static HttpService start(InetSocketAddress address, Operations operations, Limits limits) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService handlers = threads("csc-rules-http");
        ExecutorService workers = threads("csc-rules-work");
        HttpService service = new HttpService(server, handlers, workers);
        service.post("/assess", limits, "request", flags -> body -> operations.assess(BoundedInput.read(body,
                limits.maxBodyBytes(), ComplaintRequest.class), flags.contains("record"), flags.contains("whatIf")));
        service.post("/replay", limits, "record", flags -> body -> operations.replay(BoundedInput.read(body, limits.maxBodyBytes(),
                DecisionRecord.class)));
        service.post("/process", limits, "step", flags -> body -> operations.process(BoundedInput.read(body, limits.maxBodyBytes(),
                ProcessStep.class)));
        service.post("/start", limits, "request", flags -> body -> {
            StartRequest start = BoundedInput.read(body, limits.maxBodyBytes(), StartRequest.class);
            return operations.start(start == null ? null : start.received(), start == null ? null : start.stage1ClockStart());
        });
        service.post("/recalculate", limits, "state", flags -> body -> operations.recalculate(BoundedInput.read(body,
                limits.maxBodyBytes(), ComplaintState.class)));
        service.get("/health", () -> json(health(operations)), limits);
        service.get("/version", () -> json(Map.of("version", "csc-rules " + Provenance.LIBRARY_VERSION)), limits);
        service.get("/rulebook", () -> new Reply(200, "text/markdown; charset=utf-8", Rulebook.TEXT), limits);
        service.get("/openapi.json", () -> new Reply(200, "application/json", document("openapi.json")), limits);
        for (String schema : SCHEMAS) {
            service.get("/schema/" + schema, () -> new Reply(200, "application/schema+json", document("schema/" + schema)), limits);
        }
        server.createContext("/", exchange -> service.reply(exchange, error(404, "no such path")));
        server.setExecutor(handlers);
        server.start();
        return service;
    }

    /** The port served. */
    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops accepting connections, lets the requests in hand finish for up to {@code grace}, then stops.
     *
     * @param grace how long the requests in hand may take to finish
     */
    void stop(Duration grace) {
        server.stop((int) Math.max(1, grace.toSeconds()));
        handlers.shutdown();
        workers.shutdown();
    }

    /** Reads a body and answers it. */
    @FunctionalInterface
    private interface Answer {
        Object answer(InputStream body) throws Exception;
    }

    /** A reply: its status, content type and body. */
    private record Reply(int status, String contentType, String body) {
    }

    private void post(String path, Limits limits, String input, java.util.function.Function<java.util.Set<String>, Answer> answers) {
        server.createContext(path, exchange -> {
            if (!exact(exchange, path)) {
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                reply(exchange, error(405, "use POST"));
                return;
            }
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > limits.maxBodyBytes()) {
                reply(exchange, tooLarge(input, limits));
                return;
            }
            Answer chosen = answers.apply(flags(exchange.getRequestURI().getRawQuery()));
            reply(exchange, bounded(limits, () -> {
                try (InputStream body = exchange.getRequestBody()) {
                    return json(chosen.answer(body));
                } catch (Exception e) {
                    Problem problem = Problem.of(e, input, limits.maxBodyBytes());
                    if (problem == null) {
                        throw e;
                    }
                    return new Reply(e instanceof Problem.InputTooLarge ? 413 : 400, "application/json",
                            CscRulesJson.write(problem.json()));
                }
            }));
        });
    }

    /** The query's flags set to true: {@code record=true&whatIf=true} gives record and whatIf; anything else is ignored. */
    private static java.util.Set<String> flags(String query) {
        if (query == null) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(query.split("&")).filter(p -> p.endsWith("=true"))
                .map(p -> p.substring(0, p.length() - "=true".length())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private void get(String path, java.util.concurrent.Callable<Reply> answer, Limits limits) {
        server.createContext(path, exchange -> {
            if (!exact(exchange, path)) {
                return;
            }
            exchange.getRequestBody().close();
            reply(exchange, exchange.getRequestMethod().equals("GET") ? bounded(limits, answer) : error(405, "use GET"));
        });
    }

    /** Whether the path is the context's own, not one below it (answered 404). */
    private boolean exact(HttpExchange exchange, String path) throws IOException {
        if (exchange.getRequestURI().getPath().equals(path)) {
            return true;
        }
        reply(exchange, error(404, "no such path"));
        return false;
    }

    /** The answer, within the time bound: 503 past it, 500 for a fault; never a stack trace. */
    private Reply bounded(Limits limits, java.util.concurrent.Callable<Reply> answer) {
        Future<Reply> reply = workers.submit(answer);
        try {
            return reply.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reply.cancel(false); // the worker stays on its read until the connection closes; an interrupt could not stop it
            return error(503, "the request took longer than " + limits.timeout().toSeconds() + " seconds");
        } catch (ExecutionException e) {
            return error(500, "internal error (please report it)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "the service is stopping");
        }
    }

    private void reply(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (reply.status() == 413 || reply.status() == 503) {
            // The body may be left unread: the connection cannot carry another request, so the client must not reuse it.
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Reply json(Object answer) {
        return new Reply(200, "application/json", CscRulesJson.write(answer));
    }

    private static Reply error(int status, String message) {
        return new Reply(status, "application/json", CscRulesJson.write(Map.of("error", message)));
    }

    private static Reply tooLarge(String input, Limits limits) {
        return new Reply(413, "application/json", CscRulesJson.write(Problem.of(new Problem.InputTooLarge(), input,
                limits.maxBodyBytes()).json()));
    }

    /** The rulebook as Markdown, written when first asked for (the class is loaded then), once. */
    private static final class Rulebook {
        static final String TEXT = DroolsRulesProvider.rulebook();
    }

    /** The service's health: up, with the versions of the library, rulebook and bank-holiday data it runs. */
    private static Map<String, Object> health(Operations operations) {
        Provenance provenance = operations.eligibility().provenance();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("libraryVersion", provenance.libraryVersion());
        health.put("rulebookVersion", provenance.rulebookVersion());
        health.put("calendarDataVersion", provenance.calendarDataVersion());
        return health;
    }

    /** The JSON Schemas the OpenAPI document refers to, served beside it. */
    static final java.util.List<String> SCHEMAS = java.util.List.of("complaint-request.schema.json",
            "eligibility-decision.schema.json", "decision-record.schema.json", "process-step.schema.json", "transition.schema.json",
            "start-request.schema.json", "complaint-state.schema.json", "recalculation.schema.json", "local-policy.schema.json");

    /** A document of the API (the OpenAPI document, or a schema it refers to), built into the jar from docs/. */
    private static String document(String name) throws IOException {
        try (InputStream document = HttpService.class.getResourceAsStream("api/" + name)) {
            if (document == null) {
                throw new IOException(name + " is not in the jar");
            }
            return new String(document.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Threads for handlers: virtual threads where the JDK has them (21 and later), else a pool per core. */
    private static ExecutorService threads(String name) {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException notOnThisJdk) {
            return Executors.newFixedThreadPool(Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
