package org.cscrules.examples.json;

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
import org.cscrules.core.audit.Provenance;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.cscrules.json.CscRulesJson;
import org.cscrules.json.RecordSeals;
import org.cscrules.json.UnreadableJsonException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
                CscRulesCommand.Process.class, CscRulesCommand.Recalculate.class})
public final class CscRulesCommand implements Callable<Integer> {

    /** Exit code for an answer. */
    static final int ANSWERED = 0;
    /** Exit code for input that is not valid JSON or not a valid request. */
    static final int INVALID_INPUT = 2;
    /** Exit code for a failure that is not the input's. */
    static final int INTERNAL_ERROR = 1;

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
        int code;
        try {
            code = commandLine(System.in).execute(args);
        } catch (Throwable e) { // an Error (out of memory, say) that got past the command's handlers: still one line
            System.err.println("csc-rules: internal error (please report it): " + e.getClass().getName());
            code = INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /** The command line reading standard input from {@code stdin}. */
    static CommandLine commandLine(InputStream stdin) {
        CscRulesCommand top = new CscRulesCommand(stdin);
        CommandLine commandLine = new CommandLine(top, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == Assess.class) {
                    return type.cast(new Assess(top));
                }
                if (type == Process.class) {
                    return type.cast(new Process(top));
                }
                if (type == Replay.class) {
                    return type.cast(new Replay(top));
                }
                if (type == Start.class) {
                    return type.cast(new Start(top));
                }
                if (type == Recalculate.class) {
                    return type.cast(new Recalculate(top));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        // A failure that is not the input's (a bug): one line and exit code 1, not a stack trace.
        commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println("csc-rules: internal error (please report it): " + e);
            failed.getErr().flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
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
            } catch (InvalidRequestException e) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("error", "invalid request");
                problem.put("input", reading);
                problem.put("violations", e.violations());
                return invalid(problem, e.violations().stream().map(v -> v.path() + " " + v.message())
                        .collect(Collectors.joining("; ")));
            } catch (UnreadableJsonException e) {
                Map<String, Object> problem = jsonProblem(e);
                return invalid(problem, problem.get("error") + ": " + reading + (e.path().isEmpty() ? "" : "." + e.path()) + " "
                        + e.problem() + e.line().stream().mapToObj(line -> " (line " + line + ", column " + e.column().orElse(0) + ")")
                        .findFirst().orElse(""));
            } catch (DateOutOfRangeException e) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("error", "date outside the calendar");
                problem.put("message", e.getMessage());
                return invalid(problem, e.getMessage());
            } catch (IOException e) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("error", e instanceof InputTooLarge ? "input too large" : e instanceof EmptyInput ? "empty input"
                        : e instanceof NoSuchFileException ? "not found" : "unreadable input");
                problem.put("input", reading);
                if (e instanceof InputTooLarge) {
                    problem.put("limitBytes", maxInputBytes);
                }
                return invalid(problem, problem.get("error") + ": " + reading + (e instanceof InputTooLarge
                        ? " is longer than " + maxInputBytes + " bytes (--max-input-bytes)" : ""));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CscRulesJson.write(answer));
            out.flush();
            return ANSWERED;
        }

        /** The answer to write as JSON. */
        abstract Object answer() throws IOException;

        /**
         * The input: the file named, or standard input when none or "-", streamed into the JSON
         * reader and refused once longer than {@code --max-input-bytes}, so that no input is read
         * whole into memory.
         *
         * @throws InputTooLarge past the limit
         * @throws EmptyInput when there is nothing to read
         * @throws IOException when the input cannot be read (a file not found among them)
         */
        <T> T read(Path file, Class<T> type) throws IOException {
            try (InputStream in = file == null || file.toString().equals("-") ? top.stdin : Files.newInputStream(file)) {
                PushbackInputStream bounded = new PushbackInputStream(new BoundedInputStream(in, maxInputBytes), 1);
                int first = bounded.read();
                if (first < 0) {
                    throw new EmptyInput();
                }
                bounded.unread(first);
                try {
                    return CscRulesJson.read(bounded, type);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
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
            reading = "policy";
            LocalPolicy result = read(policyFile, LocalPolicy.class);
            reading = "request";
            return result;
        }

        /** The council's key, from {@code --key-file}; null when none is given. */
        byte[] key() throws IOException {
            if (keyFile == null) {
                return null;
            }
            reading = "key";
            byte[] key = Files.readAllBytes(keyFile);
            reading = "request";
            if (key.length == 0) {
                throw new EmptyInput();
            }
            return key;
        }

        Clock clock() {
            ZoneId london = ZoneId.of("Europe/London");
            return today == null ? Clock.system(london) : Clock.fixed(today.atStartOfDay(london).toInstant(), london);
        }

        private int invalid(Object problem, String line) {
            spec.commandLine().getOut().println(CscRulesJson.write(problem));
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("csc-rules: " + line);
            spec.commandLine().getErr().flush();
            return INVALID_INPUT;
        }

        private Map<String, Object> jsonProblem(UnreadableJsonException e) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("error", e.kind() == UnreadableJsonException.Kind.NOT_JSON ? "invalid JSON" : "JSON that does not fit the model");
            problem.put("input", reading);
            problem.put("message", e.problem());
            if (!e.path().isEmpty()) {
                problem.put("path", e.path());
            }
            e.line().ifPresent(line -> problem.put("line", line));
            e.column().ifPresent(column -> problem.put("column", column));
            return problem;
        }
    }

    /** {@code csc-rules assess [FILE]}: a complaint request in, the eligibility decision out. */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess a complaint request (JSON, from FILE or standard input) and write the decision as JSON.")
    static final class Assess extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The request as JSON; standard input when absent or -.")
        Path file;

        @Option(names = "--record", description = "Write a decision record (the request, and the decision with its "
                + "provenance) to keep beside the case and replay later.")
        boolean record;

        Assess(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            ComplaintRequest request = read(file, ComplaintRequest.class);
            EligibilityDecision decision = EligibilityService.create(policy(), clock()).assess(request);
            return record ? RecordSeals.seal(new DecisionRecord(request, decision), key()) : decision;
        }
    }

    /** {@code csc-rules replay [FILE]}: a decision record in; whether this library gives the same decision, and if not why. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay a decision record (JSON from assess --record, from FILE or standard input) with its "
                    + "recorded policy, as at its recorded moment, and write whether the decision is the same and, if "
                    + "not, which part of the provenance differs.")
    static final class Replay extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The decision record as JSON; standard input when absent or -.")
        Path file;

        Replay(CscRulesCommand top) {
            super(top);
        }

        @Override
        Object answer() throws IOException {
            byte[] key = key();
            reading("record");
            DecisionRecord record = read(file, DecisionRecord.class);
            RecordSeals.Check seal = RecordSeals.check(record, key);
            org.cscrules.core.audit.Replay replay = EligibilityService.replay(record);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("equal", replay.equal());
            answer.put("sameAnswer", replay.sameAnswer());
            answer.put("differences", replay.differences());
            answer.put("seal", seal.status());
            if (!seal.altered().isEmpty()) {
                answer.put("altered", seal.altered());
            }
            answer.put("explanation", RecordSeals.explanation(replay, seal));
            answer.put("replayed", replay.replayed());
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

    /** {@code csc-rules process [FILE]}: a complaint's state and an event in, the transition out. */
    @Command(name = "process", mixinStandardHelpOptions = true,
            description = "Apply an event to a complaint's state (JSON {\"state\": ..., \"event\": ...}, from FILE or "
                    + "standard input) and write the transition as JSON. The state is ruled and counted on the policy it "
                    + "carries (its basis, from start), not on --policy.")
    static final class Process extends Base {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The state and event as JSON; standard input when absent or -.")
        Path file;

        Process(CscRulesCommand top) {
            super(top);
        }

        /** The input of {@code process}. */
        record Step(ComplaintState state, ProcessEvent event) {
        }

        @Override
        Object answer() throws IOException {
            Step step = read(file, Step.class);
            if (step == null) {
                throw new InvalidRequestException(List.of(new Violation("", "must not be null")));
            }
            return ComplaintProcess.create(policy(), clock()).apply(step.state(), step.event());
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
            ComplaintProcess process = ComplaintProcess.create(policy(), clock());
            ComplaintState state = process.start(received, stage1ClockStart == null ? received : stage1ClockStart);
            process.deadlines(state); // validates it: a state that could not be, or received in the future, is refused here
            return state;
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
            ComplaintState state = read(file, ComplaintState.class);
            if (state == null) {
                throw new InvalidRequestException(List.of(new Violation("state", "must not be null")));
            }
            return ComplaintProcess.create(policy(), clock()).recalculate(state);
        }
    }

    /** The default of {@code --max-input-bytes}: 4 MiB, far beyond any request, record or state. */
    static final long DEFAULT_MAX_INPUT_BYTES = 4L * 1024 * 1024;

    /** An input longer than {@code --max-input-bytes}. */
    static final class InputTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        InputTooLarge() {
            super("input too large");
        }
    }

    /** An input with nothing in it. */
    static final class EmptyInput extends IOException {
        private static final long serialVersionUID = 1L;

        EmptyInput() {
            super("empty input");
        }
    }

    /** A stream that refuses to give more than {@code limit} bytes: past it, it throws {@link InputTooLarge}. */
    static final class BoundedInputStream extends java.io.FilterInputStream {

        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new InputTooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new InputTooLarge();
                }
            }
            return n;
        }
    }
}
