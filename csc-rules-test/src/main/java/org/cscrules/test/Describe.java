package org.cscrules.test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.process.Transition;
import org.cscrules.core.timescale.Deadline;

/** The whole of a decision or a transition in a few lines, for a failure message. */
final class Describe {

    private Describe() {
    }

    /** The decision: outcome, reasons (rule id, effect, citation), actions, route and deadlines. */
    static String decision(EligibilityDecision decision) {
        return "The decision: " + decision.outcome()
                + "\n  reasons: " + decision.reasons().stream()
                        .map(reason -> reason.ruleId() + " (" + reason.effect() + "; " + reason.citation().reference() + ")")
                        .collect(Collectors.joining(", "))
                + "\n  actions: " + (decision.actions().isEmpty() ? "none" : decision.actions().stream().map(Enum::name)
                        .collect(Collectors.joining(", ")))
                + "\n  route: " + (decision.alternativeRoute() == null ? "none" : decision.alternativeRoute().name())
                + "\n  deadlines: " + deadlines(decision.deadlines());
    }

    /** The transition: outcome, the stage it leaves the complaint in, rulings and deadlines. */
    static String transition(Transition transition) {
        return "The transition: " + transition.outcome() + ", leaving the complaint at " + transition.state().stage()
                + "\n  rulings: " + transition.rulings().stream()
                        .map(ruling -> ruling.ruleId() + " (" + ruling.effect() + "; " + ruling.citation().reference() + ")")
                        .collect(Collectors.joining(", "))
                + "\n  deadlines: " + deadlines(transition.deadlines());
    }

    /** The ordinary deadline for {@code timescale} among {@code deadlines}. */
    static Optional<Deadline> deadline(List<Deadline> deadlines, Timescale timescale) {
        return deadlines.stream().filter(deadline -> deadline.timescale() == timescale && deadline.kind() == Deadline.Kind.DUE)
                .findFirst();
    }

    /**
     * What differs between the ids expected and the ids given, or empty if they are the same set:
     * "expected the reasons [A, B]; missing [B], not expected [C]".
     */
    static Optional<String> differentIds(String what, List<String> expected, List<String> given) {
        Set<String> wanted = new TreeSet<>(expected);
        Set<String> found = new TreeSet<>(given);
        if (wanted.equals(found)) {
            return Optional.empty();
        }
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(wanted);
        return Optional.of("expected the " + what + " " + wanted + "; missing " + missing + ", not expected " + extra + ".");
    }

    private static String deadlines(List<Deadline> deadlines) {
        return deadlines.isEmpty() ? "none" : deadlines.stream()
                .map(deadline -> deadline.timescale().name() + " " + deadline.kind() + " " + deadline.due())
                .collect(Collectors.joining(", "));
    }
}
