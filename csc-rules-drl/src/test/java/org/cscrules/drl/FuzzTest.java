package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.cscrules.calendar.DateOutOfRangeException;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Extension;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.json.CscRulesJson;
import org.cscrules.json.UnreadableJsonException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A seeded fuzz of the public API (#13), run in every build: mutated JSON requests read and
 * assessed, and process steps on real and forged states, once on one thread and once on four. It
 * fails on any exception other than those the methods called document (reading and assessing:
 * {@link UnreadableJsonException}, {@link InvalidRequestException}; a process step: {@link
 * InvalidRequestException}, {@link DateOutOfRangeException}), on any forged state the process
 * counts on (each forgery is impossible by construction: an extension no longer than the ordinary
 * period or with no event, an event after today or before receipt, a basis whose policy was edited,
 * a stage whose events are missing), on any log line that carries a date or the free text of the
 * input, and on any answer that differs between one thread and four. The counts are printed.
 */
class FuzzTest {

    private static final long SEED = 20261130L;
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 100_000);
    private static final int STEPS = Integer.getInteger("fuzz.steps", 20_000);
    /** Distinct requests generated; each is mutated many ways. */
    private static final int BASE_REQUESTS = 1_000;
    private static final int THREADS = 4;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String FREE_TEXT = "FUZZ";
    private static final LocalDate TODAY = LocalDate.now(Requests.CLOCK);
    private static final ObjectMapper TREES = new ObjectMapper();

    private final EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
    private final ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);

    /** One input's answer, as text, to compare across threads; and whether it ended in an undocumented exception. */
    record Answer(String text, boolean undocumented, String kind) {
    }

    @Test
    void thePublicApiWithstandsMutatedRequestsAndForgedStates() throws Exception {
        LogLeaks leaks = LogLeaks.attach();
        try {
            List<String> requests = mutatedRequests(new Random(SEED));
            List<Step> steps = steps(new Random(SEED + 1));
            Answer[] requestsAlone = run(requests.size(), i -> assess(requests.get(i)), 1);
            Answer[] requestsTogether = run(requests.size(), i -> assess(requests.get(i)), THREADS);
            Answer[] stepsAlone = run(steps.size(), i -> apply(steps.get(i)), 1);
            Answer[] stepsTogether = run(steps.size(), i -> apply(steps.get(i)), THREADS);

            Map<String, Integer> requestKinds = kinds(requestsAlone);
            Map<String, Integer> stepKinds = kinds(stepsAlone);
            long forgedCountedOn = IntStream.range(0, steps.size())
                    .filter(i -> steps.get(i).forged() && !stepsAlone[i].kind().equals("InvalidRequestException")).count();
            System.out.printf("fuzz (seeds %d and %d): %d requests %s; %d process steps (%d forged) %s; forged states counted on: %d; "
                            + "log lines %d, leaks %d; differences between 1 and %d threads: %d%n", SEED, SEED + 1, requests.size(), requestKinds,
                    steps.size(), steps.stream().filter(Step::forged).count(), stepKinds, forgedCountedOn, leaks.lines.get(),
                    leaks.leaks.get(), THREADS, differences(requestsAlone, requestsTogether) + differences(stepsAlone, stepsTogether));

            assertThat(requests).hasSizeGreaterThanOrEqualTo(REQUESTS);
            assertThat(steps).hasSizeGreaterThanOrEqualTo(STEPS);
            assertThat(undocumented(requestsAlone)).as("requests ending in an undocumented exception").isEmpty();
            assertThat(undocumented(stepsAlone)).as("process steps ending in an undocumented exception").isEmpty();
            assertThat(forgedCountedOn).as("forged states the process counted on").isZero();
            assertThat(requestKinds).as("the fuzz reaches answers and each documented refusal")
                    .containsKeys("answer", "UnreadableJsonException", "InvalidRequestException");
            assertThat(stepKinds).containsKeys("answer", "InvalidRequestException");
            assertThat(differences(requestsAlone, requestsTogether)).as("answers that differ on %d threads", THREADS).isZero();
            assertThat(differences(stepsAlone, stepsTogether)).as("steps that differ on %d threads", THREADS).isZero();
            assertThat(leaks.lines.get()).as("the library's debug lines are captured").isPositive();
            assertThat(leaks.leaks.get()).as("log lines carrying a date or the input's free text").isZero();
        } finally {
            leaks.detach();
        }
    }

    // ---- requests ----

    /** {@link #REQUESTS} requests as JSON: valid ones, mutated in their values, their shape and their text. */
    private static List<String> mutatedRequests(Random random) throws Exception {
        List<ComplaintRequest> bases = RandomRequests.sample(BASE_REQUESTS, SEED);
        List<String> result = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            JsonNode tree = TREES.readTree(CscRulesJson.write(bases.get(i % bases.size())));
            int mutations = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                tree = mutate(tree, random);
            }
            String json = TREES.writeValueAsString(tree);
            result.add(random.nextInt(8) == 0 ? mutateText(json, random) : json);
        }
        return result;
    }

    /** {@code tree} with one node, chosen at random, replaced, removed, or given an unknown neighbour. */
    private static JsonNode mutate(JsonNode tree, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(FREE_TEXT + "_FIELD_" + random.nextInt(100), randomValue(random));
                default -> object.set(name, randomValue(random));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), randomValue(random));
        } else if (container instanceof ArrayNode array) {
            array.add(randomValue(random));
        }
        return tree;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), containers);
            }
        }
    }

    /** A value of any JSON type, hostile ones among them: positions, fractions, numbers as text, odd dates, free text. */
    private static JsonNode randomValue(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(14)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.numberNode(random.nextInt(7) - 3);
            case 2 -> nodes.numberNode(random.nextInt(40) + 0.9);
            case 3 -> nodes.numberNode(Long.MAX_VALUE - random.nextInt(10));
            case 4 -> nodes.textNode(String.valueOf(random.nextInt(30)));
            case 5 -> nodes.textNode(FREE_TEXT + " free text " + random.nextInt(1000));
            case 6 -> nodes.textNode(FREE_TEXT + "_ENUM_" + random.nextInt(10));
            case 7 -> nodes.textNode(List.of("2026-02-30", "+999999999-12-31", "1989-12-31", "2100-01-01", "0000-01-01",
                    "2026-13-01", "2026-11-24").get(random.nextInt(7)));
            case 8 -> nodes.textNode(TODAY.minusDays(random.nextInt(20_000)).toString());
            case 9 -> nodes.booleanNode(random.nextBoolean());
            case 10 -> nodes.arrayNode().add(nodes.textNode(FREE_TEXT)).add(nodes.numberNode(1));
            case 11 -> nodes.objectNode().put(FREE_TEXT, 1);
            case 12 -> nodes.textNode("");
            default -> nodes.textNode(List.of("PARENT", "LOOKED_AFTER", "ASSESSED", "NONE", "CHILD_LOOKED_AFTER").get(random.nextInt(5)));
        };
    }

    /** The text itself damaged: a key given twice, cut short, or with stray characters. */
    private static String mutateText(String json, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> json.replaceFirst("\\{", "{\"complainantRole\": \"PARENT\", ");
            case 1 -> json.substring(0, random.nextInt(json.length()));
            case 2 -> json + " " + json;
            default -> {
                int at = random.nextInt(json.length());
                yield json.substring(0, at) + List.of("\u0000", "}", "\"", ",", "\\u12", "NaN").get(random.nextInt(6)) + json.substring(at);
            }
        };
    }

    private Answer assess(String json) {
        try {
            EligibilityDecision decision = service.assess(CscRulesJson.read(json, ComplaintRequest.class));
            return new Answer(decision.outcome() + " " + decision.reasons().stream().map(Reason::ruleId).toList() + " "
                    + decision.actions() + " " + decision.deadlines(), false, "answer");
        } catch (UnreadableJsonException | InvalidRequestException e) { // CscRulesJson.read's and assess's @throws
            return new Answer(e.getClass().getSimpleName() + ": " + e.getMessage(), false, e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            return new Answer(e.toString(), true, e.getClass().getSimpleName());
        }
    }

    // ---- process steps ----

    /** A state and an event; forged when the state could not have come about. */
    record Step(ComplaintState state, ProcessEvent event, boolean forged) {
    }

    /** {@link #STEPS} steps at least: every (state, event) pair of random journeys, and as many forged states. */
    private List<Step> steps(Random random) {
        List<Step> real = new ArrayList<>();
        for (org.cscrules.test.jqwik.Journey journey : ProcessProperties.sample(STEPS / 12, SEED)) {
            ComplaintState state = ProcessProperties.start(process, journey);
            for (ProcessEvent event : journey.events()) {
                real.add(new Step(state, event, false));
                state = process.apply(state, event).state();
            }
        }
        List<Step> all = new ArrayList<>(real);
        while (all.size() < STEPS || all.size() < 2 * real.size()) {
            Step step = real.get(random.nextInt(real.size()));
            all.add(new Step(forge(step.state(), random), step.event(), true));
        }
        return all;
    }

    /** {@code state} made impossible, by one of the forgeries the robustness checks must catch. */
    private static ComplaintState forge(ComplaintState state, Random random) {
        List<Extension> extensions = new ArrayList<>(state.extensions());
        Map<EventType, LocalDate> events = new java.util.LinkedHashMap<>(state.events());
        DeadlineBasis basis = state.basis();
        Stage stage = state.stage();
        switch (random.nextInt(6)) {
            case 0 -> extensions.add(new Extension(Timescale.T2_STAGE_1_RESPONSE, state.received(),
                    1 + random.nextInt(Timescale.T2_STAGE_1_RESPONSE.length()), FREE_TEXT + " reason"));
            case 1 -> extensions.add(new Extension(Timescale.T6_STAGE_2_RESPONSE, state.lastEventDate(), 261 + random.nextInt(5000),
                    FREE_TEXT + " reason"));
            case 2 -> events.put(events.isEmpty() ? EventType.STAGE_1_EXTENDED : events.keySet().iterator().next(),
                    TODAY.plusDays(1 + random.nextInt(1000)));
            case 3 -> events.put(events.isEmpty() ? EventType.STAGE_1_RESPONSE_SENT : events.keySet().iterator().next(),
                    state.received().minusDays(1 + random.nextInt(100)));
            case 4 -> basis = new DeadlineBasis(basis.policy().toBuilder()
                    .acknowledgementWorkingDays(basis.policy().acknowledgementWorkingDays() == 5 ? 4 : 5).build(),
                    basis.calendarDataVersion(), basis.calendarDataUntil(), basis.policyFingerprint());
            default -> {
                stage = Stage.PANEL_REPORTED;
                events.remove(EventType.PANEL_REPORT_RECEIVED);
            }
        }
        return new ComplaintState(stage, state.received(), state.stage1ClockStart(), events, extensions, state.deliveries(), basis,
                state.suspensions(), state.earlierAttempts());
    }

    private Answer apply(Step step) {
        try {
            Transition transition = process.apply(step.state(), step.event());
            return new Answer(transition.outcome() + " " + transition.rulings().stream().map(r -> r.ruleId()).toList() + " "
                    + transition.state() + " " + transition.deadlines() + " " + process.status(transition.state(), TODAY),
                    false, "answer");
        } catch (InvalidRequestException | DateOutOfRangeException e) { // apply's and status's @throws
            return new Answer(e.getClass().getSimpleName() + ": " + e.getMessage(), false, e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            return new Answer(e.toString(), true, e.getClass().getSimpleName());
        }
    }

    // ---- running and counting ----

    /** Each input's answer, on {@code threads} threads, in input order. */
    private static Answer[] run(int count, IntFunction<Answer> answer, int threads) throws InterruptedException {
        Answer[] answers = new Answer[count];
        if (threads == 1) {
            for (int i = 0; i < count; i++) {
                answers[i] = answer.apply(i);
            }
            return answers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    answers[i] = answer.apply(i);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        return answers;
    }

    private static Map<String, Integer> kinds(Answer[] answers) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Answer answer : answers) {
            kinds.merge(answer.kind(), 1, Integer::sum);
        }
        return kinds;
    }

    private static List<String> undocumented(Answer[] answers) {
        return java.util.Arrays.stream(answers).filter(Answer::undocumented).map(Answer::text).distinct().limit(10).toList();
    }

    private static long differences(Answer[] alone, Answer[] together) {
        return IntStream.range(0, alone.length).filter(i -> !alone[i].text().equals(together[i].text())).count();
    }

    /** Every log line the library (and Drools) writes, at DEBUG for the library, checked as it comes for dates and free text. */
    static final class LogLeaks extends AppenderBase<ILoggingEvent> {

        private final AtomicInteger lines = new AtomicInteger();
        private final AtomicInteger leaks = new AtomicInteger();
        private Logger root;
        private Logger library;
        private Level rootBefore;
        private Level libraryBefore;

        static LogLeaks attach() {
            LogLeaks appender = new LogLeaks();
            appender.root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            appender.library = (Logger) LoggerFactory.getLogger("org.cscrules");
            appender.rootBefore = appender.root.getLevel();
            appender.libraryBefore = appender.library.getLevel();
            appender.start();
            appender.root.addAppender(appender);
            appender.root.setLevel(Level.INFO);
            appender.library.setLevel(Level.DEBUG);
            return appender;
        }

        void detach() {
            root.detachAppender(this);
            root.setLevel(rootBefore);
            library.setLevel(libraryBefore);
        }

        @Override
        protected void append(ILoggingEvent event) {
            lines.incrementAndGet();
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage());
            if (ISO_DATE.matcher(line).find() || line.contains(FREE_TEXT)) {
                leaks.incrementAndGet();
            }
        }
    }
}
