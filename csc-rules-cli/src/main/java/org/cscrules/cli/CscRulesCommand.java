package org.cscrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cscrules.calendar.DateOutOfRangeException;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.cscrules.json.CscRulesJson;
import org.cscrules.json.RecordSeals;
import org.cscrules.json.UnreadableJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code csc-rules}: the library through JSON. {@code assess} reads a complaint request and writes
 * the eligibility decision (or, with {@code --record}, a decision record to keep); {@code replay}
 * reads a decision record and says whether this library gives the same decision; {@code start}
 * writes the state of a complaint just received, under the council's policy; {@code process}
 * reads a complaint's state and an event and writes the transition; {@code recalculate} moves a
 * state onto the council's current policy and says which deadlines moved. Input comes from a file or standard input; the answer goes to standard output.
 * Exit code 0 for an answer, 2 for input that is not valid JSON or not a valid request, or whose
 * deadlines would fall outside the calendar (the problems as JSON on standard output, one readable
 * line on standard error), 1 for a failure that is not the input's; never a stack trace.
 */
@Command(name = "csc-rules", mixinStandardHelpOptions = true, versionProvider = CscRulesCommand.Version.class,
        description = "England's children's social care complaints procedure (Children Act 1989 s26; SI 2006/1738) "
                + "as JSON in, JSON out. The library's reading of the provisions, not legal advice.",
        subcommands = {CscRulesCommand.Assess.class, CscRulesCommand.Replay.class, CscRulesCommand.Start.class,
                CscRulesCommand.Process.class, CscRulesCommand.Recalculate.class, CscRulesCommand.Serve.class,
                CscRulesCommand.Train.class})
public final class CscRulesCommand implements Callable<Integer> {

    /** Exit code for an answer. */
    public static final int ANSWERED = 0;
    /** Exit code for input that is not valid JSON or not a valid request. */
    public static final int INVALID_INPUT = 2;
    /** Exit code for a failure that is not the input's. */
    public static final int INTERNAL_ERROR = 1;

    private final InputStream stdin;

    @Spec
    CommandLine.Model.CommandSpec spec;

    CscRulesCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Without a subcommand: the usage, and the exit code of a command line used wrongly. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID_INPUT;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate Validator's start-up line, through SLF4J
        CommandLine commandLine = commandLine(System.in);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Throwable e) { // an Error (out of memory, say) that got past the command's handlers: still one line
            internalError(commandLine.getErr(), e);
            code = INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /**
     * The command line reading standard input from {@code stdin}, for a caller that runs it in its
     * own process (a test suite, say) and sets its output and error writers.
     *
     * @param stdin what the commands read as standard input; not null
     * @return the command line, ready to execute; never null
     */
    public static CommandLine commandLine(InputStream stdin) {
        CscRulesCommand top = new CscRulesCommand(stdin);
        CommandLine commandLine = new CommandLine(top, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                // every subcommand reads its standard input through the top command
                return Base.class.isAssignableFrom(type) ? type.getDeclaredConstructor(CscRulesCommand.class).newInstance(top)
                        : CommandLine.defaultFactory().create(type);
            }
        });
        // A failure that is not the input's (a bug): one line and exit code 1, not a stack trace.
        commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
            internalError(failed.getErr(), e);
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    /**
     * A failure that is not the input's, in one line on the command's error writer: its kind only,
     * since a message could repeat a value from the input.
     */
    private static void internalError(java.io.PrintWriter err, Throwable e) {
        err.println("csc-rules: internal error (please report it): " + e.getClass().getName());
        err.flush();
    }

    /** What every subcommand shares: where input comes from, the policy, and "today". */
    abstract static class Base implements Callable<Integer> {

        private final CscRulesCommand top;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--policy", paramLabel = "FILE", description = "The council's LocalPolicy as JSON (default: the statutory defaults).")
        Path policyFile;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to take as today (default: today in Europe/London).")
        LocalDate today;

        @Option(names = "--key-file", paramLabel = "FILE", description = "The council's key for sealing records (assess "
                + "--record) and checking their seals (replay); without one, a seal finds accidental edits only.")
        Path keyFile;

        @Option(names = "--max-input-bytes", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_INPUT_BYTES,
                description = "The most an input (the request, record, state or policy) may be, in bytes (default: ${DEFAULT-VALUE}); "
                        + "a longer one is refused (exit 2) before it is read into memory.")
        long maxInputBytes;

        Base(CscRulesCommand top) {
            this.top = top;
        }

        /** Which input is being read, for the problem report: "request", "record", "policy" or "key". */
        private String reading = "request";

        /** Names the input being read, for the problem report. */
        void reading(String input) {
            this.reading = input;
        }

        @Override
        public final Integer call() {
            Object answer;
            try {
                answer = answer();
            } catch (Exception e) {
                Problem problem = Problem.of(e, reading, maxInputBytes);
                if (problem == null) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
                return invalid(problem);
            }
            if (answer instanceof Integer exitCode) {
                return exitCode;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CscRulesJson.write(answer));
            out.flush();
            return ANSWERED;
        }

        /** The answer to write as JSON; or, for a command that wrote its own answers, its exit code. */
        abstract Object answer() throws IOException;

        /**
         * The input: the file named, or standard input when none or "-", streamed into the JSON
         * reader and refused once longer than {@code --max-input-bytes}, so that no input is read
         * whole into memory.
         *
         * @throws Problem.InputTooLarge past the limit
         * @throws Problem.EmptyInput when there is nothing to read
         * @throws IOException when the input cannot be read (a file not found among them)
         */
        <T> T read(Path file, Class<T> type) throws IOException {
            try (InputStream in = input(file)) {
                return BoundedInput.read(in, maxInputBytes, type);
            }
        }

        /** The file named, or standard input when none or "-". */
        InputStream input(Path file) throws IOException {
            return file == null || file.toString().equals("-") ? top.stdin : Files.newInputStream(file);
        }

        /**
         * The answer to the {@code input} in {@code file}, read as a {@code type}; with {@code lines},
         * to each of its lines (see {@link #lines}), the exit code in place of an answer.
         */
        <T> Object each(Path file, boolean lines, String input, Class<T> type, java.util.function.Function<T, Object> answer)
                throws IOException {
            reading(input);
            if (lines) {
                return lines(file, input, line -> answer.apply(CscRulesJson.read(line, type)));
            }
            return answer.apply(read(file, type));
        }

        /**
         * Answers every line of {@code file} (JSON lines) with {@code answerer}, each answer or problem
         * on its own line: exit code 0 if every line was answered, 2 if any was bad input, 1 if any met
         * a fault; the count of each on standard error when not all were answered.
         */
        Integer lines(Path file, String input, JsonLines.Answerer answerer) throws IOException {
            JsonLines.Tally tally;
            try (InputStream in = input(file)) {
                tally = JsonLines.run(in, spec.commandLine().getOut(), answerer, input, maxInputBytes,
                        Math.max(1, Runtime.getRuntime().availableProcessors()));
            }
            if (tally.bad() + tally.faults() == 0) {
                return ANSWERED;
            }
            spec.commandLine().getErr().println("csc-rules: " + tally.answered() + " lines answered, " + tally.bad()
                    + " bad (their problems on their lines), " + tally.faults() + " internal errors");
            spec.commandLine().getErr().flush();
            return tally.faults() > 0 ? INTERNAL_ERROR : INVALID_INPUT;
        }

        /**
         * The council's policy: the statutory defaults, with the settings the {@code --policy} file
         * gives in place of theirs (a file may give only the settings the council changes); each
         * setting that is not valid is a violation, its path the setting's name.
         */
        LocalPolicy policy() throws IOException {
            if (policyFile == null) {
                return LocalPolicy.statutoryDefaults();
            }
            String was = reading;
            reading = "policy";
            LocalPolicy result = read(policyFile, LocalPolicy.class);
            reading = was;
            return result;
        }

        /** The council's key, from {@code --key-file}; null when none is given. */
        byte[] key() throws IOException {
            if (keyFile == null) {
                return null;
            }
            String was = reading;
            reading = "key";
            byte[] key = Files.readAllBytes(keyFile);
            reading = was;
            if (key.length == 0) {
                throw new Problem.EmptyInput();
            }
            return key;
        }

        /** The operations on {@code --policy}, {@code --today} and {@code --key-file}, the services named building from now. */
        Operations operations(Operations.Needs... needs) throws IOException {
            return new Operations(policy(), clock(), key(), needs);
        }

        Clock clock() {
            ZoneId london = ZoneId.of("Europe/London");
            return today == null ? Clock.system(london) : Clock.fixed(today.atStartOfDay(london).toInstant(), london);
        }

        private int invalid(Problem problem) {
            spec.commandLine().getOut().println(CscRulesJson.write(problem.json()));
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("csc-rules: " + problem.line());
            spec.commandLine().getErr().flush();
            return INVALID_INPUT;
        }
    }

    /** {@code csc-rules assess [FILE]}: a complaint request in, the eligibility decision out; with --lines, one a line. */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess a complaint request (JSON, from FILE or standard input) and write the decision as JSON; "
                    + "with --lines, one request a line in, one decision a line out.")
    static final class Assess extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The request as JSON; standard input when absent or -.")
        Path file;

        @Option(names = "--record", description = "Write a decision record (the request, and the decision with its "
                + "provenance) to keep beside the case and replay later.")
        boolean record;

        @Option(names = "--lines", description = "JSON lines: one request a line, one answer (or problem) a line, in order.")
        boolean lines;

        @Option(names = "--what-if", description = "List what the decision would be if each open fact were settled (a finding "
                + "the council has not made, the child's views or understanding, how the complaint is made, a disputed status): "
                + "the outcome, route and reasons each value gives. Runs the rules once more for each.")
        boolean whatIf;

        Assess(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            Operations operations = operations(Operations.Needs.ELIGIBILITY);
            return each(file, lines, "request", ComplaintRequest.class, request -> operations.assess(request, record, whatIf));
        }
    }

    /** {@code csc-rules replay [FILE]}: a decision record in; whether this library gives the same decision, and if not why. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay a decision record (JSON from assess --record, from FILE or standard input) with its "
                    + "recorded policy, as at its recorded moment, and write whether the decision is the same and, if "
                    + "not, which part of the provenance differs; with --lines, one record a line.")
    static final class Replay extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The decision record as JSON; standard input when absent or -.")
        Path file;

        @Option(names = "--lines", description = "JSON lines: one record a line, one answer (or problem) a line, in order.")
        boolean lines;

        @Option(names = "--remedies", description = "The remedy list: each input is a kept record, {\"reference\": the "
                + "council's case number, \"decision\" or \"journey\": the record}; each answer says whether this release "
                + "gives the same answer for the complainant and, if not, the old and new answer, the rules, the correction "
                + "behind them and what the council should consider.")
        boolean remedies;

        @Option(names = "--summary", paramLabel = "FILE", description = "With --remedies: also write the list for a lawyer "
                + "as FILE.md and FILE.csv.")
        Path summary;

        Replay(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            Operations operations = operations();
            if (!remedies) {
                return each(file, lines, "record", DecisionRecord.class, operations::replay);
            }
            java.util.concurrent.atomic.AtomicLong checked = new java.util.concurrent.atomic.AtomicLong();
            List<org.cscrules.core.remedy.Remedy> listed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Object answer = each(file, lines, "record", org.cscrules.core.remedy.KeptRecord.class, kept -> {
                checked.incrementAndGet();
                java.util.Optional<org.cscrules.core.remedy.Remedy> remedy = org.cscrules.core.remedy.RemedyList.remedyFor(kept);
                remedy.ifPresent(listed::add);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("reference", kept.reference());
                line.put("same", remedy.isEmpty());
                remedy.ifPresent(r -> line.put("remedy", r));
                return line;
            });
            if (summary != null) {
                org.cscrules.core.remedy.RemedyList list = org.cscrules.core.remedy.RemedyList.of(checked.get(), listed);
                Files.writeString(Path.of(summary + ".md"), list.markdown(), java.nio.charset.StandardCharsets.UTF_8);
                Files.writeString(Path.of(summary + ".csv"), list.csv(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return answer;
        }
    }

    /** The version of the library, for {@code --version}: the one every decision's provenance names. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"csc-rules " + Provenance.LIBRARY_VERSION};
        }
    }

    /** {@code csc-rules process [FILE]}: a complaint's state and an event in, the transition out; with --lines, one a line. */
    @Command(name = "process", mixinStandardHelpOptions = true,
            description = "Apply an event to a complaint's state (JSON {\"state\": ..., \"event\": ...}, from FILE or "
                    + "standard input) and write the transition as JSON. The state is ruled and counted on the policy it "
                    + "carries (its basis, from start), not on --policy. With --lines, one step a line.")
    static final class Process extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The state and event as JSON; standard input when absent or -.")
        Path file;

        @Option(names = "--lines", description = "JSON lines: one step a line, one transition (or problem) a line, in order.")
        boolean lines;

        Process(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            Operations operations = operations(Operations.Needs.PROCESS);
            return each(file, lines, "step", ProcessStep.class, operations::process);
        }
    }

    /** {@code csc-rules start --received DATE}: the state of a complaint just received, counted on --policy from now on. */
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Write the state of a complaint received on --received, its deadlines counted on --policy and this "
                    + "release's bank-holiday data from now on (its basis): the state process takes.")
    static final class Start extends Base {

        @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD", description = "The day the council received it.")
        LocalDate received;

        @Option(names = "--stage1-clock-start", paramLabel = "YYYY-MM-DD",
                description = "Where the stage 1 clock starts, if not on receipt: the reg. 12 decision.")
        LocalDate stage1ClockStart;

        Start(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            return operations(Operations.Needs.PROCESS).start(received, stage1ClockStart);
        }
    }

    /** {@code csc-rules recalculate [FILE]}: a state in, the state on --policy and what moved out. */
    @Command(name = "recalculate", mixinStandardHelpOptions = true,
            description = "Move a complaint's state (JSON, from FILE or standard input) onto --policy and this release's "
                    + "bank-holiday data, and write the new state with every running deadline that moved, the settings "
                    + "that changed and whether the data did. Nothing else moves a running deadline.")
    static final class Recalculate extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The state as JSON; standard input when absent or -.")
        Path file;

        Recalculate(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            Operations operations = operations(Operations.Needs.PROCESS);
            return each(file, false, "state", ComplaintState.class, operations::recalculate);
        }
    }

    /**
     * {@code csc-rules serve}: the same answers over HTTP ({@link HttpService}), until stopped; a
     * stop (SIGTERM, Ctrl-C) lets the requests in hand finish.
     */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serve the same answers over HTTP: POST /assess, /replay, /process, /start, /recalculate; GET /health, "
                    + "/version, /rulebook, /openapi.json. No authentication of its own: put it behind the council's gateway "
                    + "(TLS, access control). Request bodies are personal data: none is ever logged.")
    static final class Serve extends Base {

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String bind;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
        int port;

        @Option(names = "--timeout-seconds", paramLabel = "SECONDS", defaultValue = "10",
                description = "The longest a request may take, its body read included (default: ${DEFAULT-VALUE}); past it, 503.")
        int timeoutSeconds;

        @Option(names = "--grace-seconds", paramLabel = "SECONDS", defaultValue = "10",
                description = "How long the requests in hand may take to finish once stopped (default: ${DEFAULT-VALUE}).")
        int graceSeconds;

        Serve(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            if (port < 0 || port > 65_535 || timeoutSeconds < 1 || graceSeconds < 0) {
                throw new org.cscrules.core.validation.InvalidRequestException(List.of(new org.cscrules.core.validation.Violation(
                        "serve", "needs a port from 0 to 65535, a timeout of 1 second or more and a grace of 0 or more")));
            }
            // the JDK server's own bounds on reading a request and writing a reply, set before it first loads
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(timeoutSeconds));
            System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(timeoutSeconds));
            Operations operations = operations(Operations.Needs.ELIGIBILITY, Operations.Needs.PROCESS);
            operations.eligibility(); // built before the first request, so that none waits for it
            HttpService service = HttpService.start(new java.net.InetSocketAddress(bind, port), operations,
                    new HttpService.Limits(maxInputBytes, java.time.Duration.ofSeconds(timeoutSeconds)));
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.stop(java.time.Duration.ofSeconds(graceSeconds));
                stopped.countDown();
            }, "csc-rules-stop"));
            spec.commandLine().getErr().println("csc-rules: serving on http://" + bind + ":" + service.port()
                    + " (no authentication of its own: put it behind the council's gateway for TLS and access control)");
            spec.commandLine().getErr().flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ANSWERED;
        }
    }

    /**
     * {@code csc-rules train}: a run through every way in (one call, JSON lines, HTTP) on a built-in
     * request, so that the launcher's class-data sharing archive holds the classes each needs. Hidden:
     * the launcher's {@code --make-archive} runs it.
     */
    @Command(name = "train", hidden = true, description = "Exercise every way in, for the class-data sharing archive.")
    static final class Train extends Base {

        Train(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            String request;
            try (InputStream in = CscRulesCommand.class.getResourceAsStream("training-request.json")) {
                request = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Operations operations = operations(Operations.Needs.ELIGIBILITY, Operations.Needs.PROCESS);
            Object record = operations.assess(CscRulesJson.read(request, ComplaintRequest.class), true, false);
            operations.replay(CscRulesJson.read(CscRulesJson.write(record), DecisionRecord.class));
            ComplaintState state = operations.start(LocalDate.now(operations.clock()).minusDays(7), null);
            operations.recalculate(state);
            operations.process(new ProcessStep(state, ProcessEvent.of(org.cscrules.core.process.EventType.STAGE_1_RESPONSE_SENT,
                    LocalDate.now(operations.clock()).minusDays(1))));
            String lines = CscRulesJson.writeLine(CscRulesJson.read(request, ComplaintRequest.class)) + "\n{\n";
            JsonLines.run(new java.io.ByteArrayInputStream(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    java.io.Writer.nullWriter(), line -> operations.assess(CscRulesJson.read(line, ComplaintRequest.class), false, false),
                    "request", maxInputBytes, 1);
            HttpService service = HttpService.start(new java.net.InetSocketAddress("127.0.0.1", 0), operations,
                    new HttpService.Limits(maxInputBytes, java.time.Duration.ofSeconds(10)));
            try {
                java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
                client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + service.port() + "/assess"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                service.stop(java.time.Duration.ZERO);
            }
            return ANSWERED;
        }
    }

    /** The default of {@code --max-input-bytes}: 4 MiB, far beyond any request, record or state. */
    static final long DEFAULT_MAX_INPUT_BYTES = 4L * 1024 * 1024;
}
