package org.cscrules.core.timescale;

import java.time.LocalDate;
import java.util.Comparator;
import org.cscrules.core.law.Provision;
import org.cscrules.core.law.Timescale;

/**
 * A due date: which timescale, whether it is the ordinary period or the latest an extension may
 * reach, the trigger date and the length counted from it, and whether it is provisional (after
 * the last official bank-holiday data, so a new proclamation could still move it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param timescale the timescale whose deadline this is
 * @param kind the ordinary period, the extended maximum, or an alternative reading
 * @param trigger the date the clock started from
 * @param length the length counted, in the timescale's {@link Timescale#unit() unit} (working days,
 *     weeks or months); 0 or more
 * @param due the due date; not before {@code trigger}
 * @param provisional whether a later proclamation could still move it
 * @param target whether it is a target that may slip with a recorded reason rather than a hard
 *     limit: reg. 20's "or as soon as is reasonably practicable", a 65-day maximum the
 *     council treats as a target, the Ombudsman's "about 12 weeks"
 * @param provision what the length rests on: the timescale's own provision, or the council's
 *     local policy where that changed the length
 */
public record Deadline(Timescale timescale, Kind kind, LocalDate trigger, int length, LocalDate due,
                       boolean provisional, boolean target, Provision provision) implements Comparable<Deadline> {

    /** Whether a deadline is the ordinary period or the longest an extension may reach. */
    public enum Kind {
        /** The ordinary period, e.g. 10 working days at stage 1. */
        DUE,
        /** The latest an extension may reach, e.g. 20 working days at stage 1. */
        LATEST_IF_EXTENDED,
        /** A second figure councils also use, e.g. the panel meeting plus 20 working days. */
        ALTERNATIVE_READING
    }

    /**
     * By due date, timescale and kind; then, so that only equal deadlines compare as equal, by every
     * other part (a provision by its text, which names every part of it).
     */
    private static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::timescale).thenComparing(Deadline::kind).thenComparing(Deadline::trigger)
            .thenComparingInt(Deadline::length).thenComparing(Deadline::provisional).thenComparing(Deadline::target)
            .thenComparing(deadline -> deadline.provision().toString());

    /**
     * Checks that every part is given and the due date is not before the trigger.
     *
     * @param timescale the timescale; not null
     * @param kind the ordinary period, the extended maximum, or an alternative reading; not null
     * @param trigger the date the clock started from; not null
     * @param length the length counted, in the timescale's unit; 0 or more
     * @param due the due date; not null, not before {@code trigger}
     * @param provisional whether a later proclamation could still move it
     * @param target whether it is a target rather than a hard limit
     * @param provision what the length rests on; not null
     * @throws IllegalArgumentException if a part is null, the length is negative, or the due date
     *     is before the trigger
     */
    public Deadline {
        if (timescale == null || kind == null || trigger == null || due == null || provision == null) {
            throw new IllegalArgumentException("A deadline needs a timescale, a kind, a trigger, a due date and a provision");
        }
        if (length < 0) {
            throw new IllegalArgumentException("A deadline's length cannot be negative");
        }
        if (due.isBefore(trigger)) {
            throw new IllegalArgumentException("A deadline cannot fall before its trigger");
        }
    }

    /**
     * By due date, then timescale, then kind, then the other parts: consistent with {@link #equals}, so
     * that a sorted set never merges two different deadlines.
     *
     * @param other the deadline to compare with; not null
     * @return negative, zero or positive as this is before, equal to or after {@code other}
     */
    @Override
    public int compareTo(Deadline other) {
        return ORDER.compare(this, other);
    }
}
