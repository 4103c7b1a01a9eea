package org.cscrules.core.request;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * What the complaint is about: the function, which decides whether the procedure applies, and the
 * kinds of grievance raised (illustrative, for reasons and reports).
 *
 * <p>Immutable and thread-safe.
 *
 * @param function the function complained about
 * @param grievances the kinds of grievance raised; may be empty
 */
public record Subject(@NotNull LocalAuthorityFunction function, @NotNull Set<@NotNull Grievance> grievances) {

    /** Copies the grievances into an unmodifiable set; none given is none raised (null elements are kept, for validation to report). */
    public Subject {
        grievances = Sets.copyOrEmpty(grievances);
    }

    /** A subject with the given function and grievances. */
    public static Subject of(LocalAuthorityFunction function, Grievance... grievances) {
        return new Subject(function, Sets.of(grievances));
    }
}
