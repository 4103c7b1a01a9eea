package org.cscrules.core.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Set;
import org.cscrules.core.internal.validation.ValidChild;

/**
 * The child (or young person) the complaint concerns. Age or date of birth may be unknown (null);
 * when both are given they must agree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statuses the child's legal situation: one or more of {@link ChildStatus}, or just
 *     {@link ChildStatus#NONE}
 * @param dateOfBirth the date of birth, or null if not given
 * @param ageInYears the age in whole years on the day the complaint was received, or null
 * @param understanding whether the child is of sufficient understanding (Children Act 1989 s26(7))
 */
@ValidChild
public record Child(
        @NotEmpty Set<@NotNull ChildStatus> statuses,
        LocalDate dateOfBirth,
        @PositiveOrZero @Max(MAX_AGE) Integer ageInYears,
        @NotNull Understanding understanding) {

    /**
     * A sanity bound only: an adopted person may be any age. The ages a status allows (under 18
     * for a child, 16 to 25 for a care leaver) are checked with the request.
     */
    public static final int MAX_AGE = 120;

    /**
     * Copies the statuses into an unmodifiable set (nulls are kept, for validation to report). Where
     * no particular child is concerned yet (a person wishing to adopt), use
     * {@link ChildStatus#ADOPTION_RELATED} or {@link ChildStatus#NONE}.
     */
    public Child {
        statuses = Sets.copyOf(statuses);
    }

    /** A child of the given statuses, age unknown. */
    public static Child of(Understanding understanding, ChildStatus... statuses) {
        return new Child(Sets.of(statuses), null, null, understanding);
    }

    /** This child with a known age in whole years. */
    public Child withAge(int years) {
        return new Child(statuses, dateOfBirth, years, understanding);
    }

    /** This child with a known date of birth. */
    public Child withDateOfBirth(LocalDate date) {
        return new Child(statuses, date, ageInYears, understanding);
    }
}
