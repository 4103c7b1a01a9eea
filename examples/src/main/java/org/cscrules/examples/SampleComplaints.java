package org.cscrules.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.json.CscRulesJson;

/**
 * The README's run command: assesses the eight bundled sample complaints (situations from
 * councils' published procedures and reports) and prints, for each, the outcome, the reasons with their citations, what the
 * council must do and the deadlines that start; then walks one complaint through all three stages,
 * printing the deadlines at each step. "Today" is a fixed date, so that the output never changes.
 */
public final class SampleComplaints {

    /** The samples, in the order printed (examples/src/main/resources/samples/). */
    public static final List<String> SAMPLES = List.of("looked-after-child-with-advocate", "parent-of-child-in-need",
            "grandparent-without-parental-responsibility", "child-protection-conference", "late-complaint",
            "during-care-proceedings", "special-guardian", "care-leaver");
    /** The day taken as today: after every event of the journey below. */
    static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);

    private SampleComplaints() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        print(System.out);
    }

    /** Prints the assessments and the journey. */
    static void print(PrintStream out) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(LONDON).toInstant(), LONDON);
        EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), clock);
        out.println("Eight sample complaints, assessed under the statutory defaults (as at " + DAY.format(TODAY) + ").");
        for (String sample : SAMPLES) {
            ComplaintRequest request = sample(sample);
            EligibilityDecision decision = service.assess(request);
            out.println();
            out.println("== " + sample + ": " + decision.outcome()
                    + (decision.alternativeRoute() == null ? "" : " -> " + decision.alternativeRoute()));
            for (Reason reason : decision.reasons()) {
                out.println("  " + reason.ruleId() + ": " + reason.text() + " [" + reason.citation().reference() + "]");
            }
            out.println("  must do: " + decision.actions().stream().map(Enum::name).collect(Collectors.joining(", ")));
            for (Deadline deadline : decision.deadlines()) {
                out.println("  " + describe(deadline));
            }
        }
        journey(ComplaintProcess.create(LocalPolicy.statutoryDefaults(), clock), sample("parent-of-child-in-need"), out);
    }

    /** One complaint from receipt to the council's final response, with the deadlines at each step. */
    private static void journey(ComplaintProcess process, ComplaintRequest request, PrintStream out) {
        LocalDate received = request.dates().received();
        out.println();
        out.println("== parent-of-child-in-need, through all three stages");
        ComplaintState state = process.start(received);
        out.println("  " + DAY.format(received) + "  received");
        process.deadlines(state).forEach(d -> out.println("      " + describe(d)));
        List<ProcessEvent> events = List.of(
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 11, 13)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 12, 1)),
                ProcessEvent.of(EventType.INDEPENDENT_PERSON_APPOINTED, LocalDate.of(2026, 12, 4)),
                ProcessEvent.stage2Extended(LocalDate.of(2026, 12, 18), 40, "the investigating officer needs the school's records"),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2027, 1, 29)),
                ProcessEvent.of(EventType.STAGE_3_REQUESTED, LocalDate.of(2027, 2, 10)),
                ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2027, 3, 17)),
                ProcessEvent.of(EventType.PANEL_REPORT_RECEIVED, LocalDate.of(2027, 3, 23)),
                ProcessEvent.of(EventType.FINAL_RESPONSE_SENT, LocalDate.of(2027, 4, 9)));
        for (ProcessEvent event : events) {
            Transition transition = process.apply(state, event);
            out.println("  " + DAY.format(event.date()) + "  " + event.type() + ": " + transition.outcome()
                    + " (" + transition.rulings().get(0).citation().reference() + ") -> " + transition.state().stage());
            transition.deadlines().forEach(d -> out.println("      " + describe(d)));
            state = transition.state();
        }
    }

    private static String describe(Deadline deadline) {
        return deadline.timescale().name().substring(0, deadline.timescale().name().indexOf('_')) + " "
                + deadline.timescale().what() + switch (deadline.kind()) {
                    case DUE -> "";
                    case LATEST_IF_EXTENDED -> ", at the latest if extended";
                    case ALTERNATIVE_READING -> ", second reading";
                } + ": " + DAY.format(deadline.due()) + (deadline.provisional() ? " [provisional]" : "")
                + " [" + deadline.provision().citation().reference() + "]";
    }

    /** A bundled sample request. */
    static ComplaintRequest sample(String name) {
        try (InputStream in = SampleComplaints.class.getResourceAsStream("/samples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No sample " + name);
            }
            return CscRulesJson.read(in, ComplaintRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
