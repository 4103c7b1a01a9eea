package org.cscrules.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.timescale.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * A complaint's journey kept for audit: the state it started from with the deadlines then
 * running, and each event applied with the {@link Transition} it gave, whose {@link org.cscrules.core.decision.Provenance}
 * names the library, rulebook, bank-holiday data, policy and moment that produced it. A
 * caseworker system keeps it beside the case (as JSON, with csc-rules-json's {@code CscRulesJson}),
 * {@link org.cscrules.core.ComplaintProcess#replay(JourneyRecord) replays} it months later, and
 * turns it into the readable {@link Chronology} the Ombudsman asks a council for.
 *
 * <p>Build one with {@code process.begin(state)} and {@code process.record(journey, event)}, which
 * apply each event to the state the last one left.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the state the journey starts from, usually as {@code ComplaintProcess.start} gave it
 * @param startDeadlines the deadlines running in {@code start}, in date order; unmodifiable
 * @param steps each event applied, oldest first, with the transition it gave; empty before the
 *     first event; unmodifiable
 * @param seal the seal made when the record was kept (csc-rules-json's {@code RecordSeals}), so
 *     that an alteration is found out; null when unsealed, and left out of the JSON. A step added
 *     with {@link #with} leaves the journey unsealed until it is sealed again
 */
public record JourneyRecord(ComplaintState start, List<Deadline> startDeadlines, List<Step> steps,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String seal) {

    /**
     * One event applied, and what the process made of it.
     *
     * @param event the event; not null
     * @param transition what applying it gave, with its provenance; not null
     */
    public record Step(ProcessEvent event, Transition transition) {

        /**
         * Checks that both parts are given, and the event's type and date.
         *
         * @param event the event; not null, with its type and date
         * @param transition what applying it gave; not null
         *
         * @throws IllegalArgumentException if either part is null, or the event has no type or date
         */
        public Step {
            if (event == null || event.type() == null || event.date() == null || transition == null) {
                throw new IllegalArgumentException("A journey step needs the event, with its type and date, and the "
                        + "transition it gave");
            }
        }
    }

    /**
     * Checks that every part is given and copies the lists.
     *
     * @param start the state the journey starts from; not null
     * @param startDeadlines the deadlines running in {@code start}; not null, no null
     * @param steps each event applied, with its transition; not null, no null
     * @param seal the seal made when the record was kept, or null when unsealed
     * @throws IllegalArgumentException if a part is null or a list holds a null
     */
    public JourneyRecord {
        if (start == null || startDeadlines == null || steps == null || startDeadlines.stream().anyMatch(Objects::isNull)
                || steps.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A journey record needs its start, the deadlines then running and its "
                    + "steps, none of them null");
        }
        startDeadlines = List.copyOf(startDeadlines);
        steps = List.copyOf(steps);
    }

    /**
     * An unsealed journey record.
     *
     * @param start the state the journey starts from; not null
     * @param startDeadlines the deadlines running in it; not null
     * @param steps each event applied, with its transition; not null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public JourneyRecord(ComplaintState start, List<Deadline> startDeadlines, List<Step> steps) {
        this(start, startDeadlines, steps, null);
    }

    /**
     * A journey with no step yet.
     *
     * @param start the state it starts from; not null
     * @param deadlines the deadlines running in it; not null
     * @return the journey, never null
     * @throws IllegalArgumentException if an argument is null
     */
    public static JourneyRecord begin(ComplaintState start, List<Deadline> deadlines) {
        return new JourneyRecord(start, deadlines, List.of());
    }

    /**
     * This journey with one more step.
     *
     * @param event the event applied to {@link #current()}; not null
     * @param transition what applying it gave; not null
     * @return the longer journey, never null
     * @throws IllegalArgumentException if an argument is null
     */
    public JourneyRecord with(ProcessEvent event, Transition transition) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(new Step(event, transition));
        return new JourneyRecord(start, startDeadlines, longer);
    }

    /**
     * Where the complaint stands after the last step: the state that step left, or the start.
     *
     * @return the state, never null
     */
    public ComplaintState current() {
        return steps.isEmpty() ? start : steps.get(steps.size() - 1).transition().state();
    }
}
