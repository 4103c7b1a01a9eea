package org.cscrules.core.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The child (or young person) the complaint concerns. Age or date of birth may be unknown (null);
 * when both are given they must agree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statuses the child's legal situation: one or more of {@link ChildStatus}, or just
 *     {@link ChildStatus#NONE}; unmodifiable, in declaration order
 * @param dateOfBirth the date of birth, or null if not given
 * @param ageInYears the age in whole years on the day the complaint was received, from 0 to
 *     {@link #MAX_AGE}, or null if not given
 * @param understanding whether the child is of sufficient understanding (Children Act 1989 s26(7))
 * @param statusBasis whether the statuses are the council's settled assessment, or disputed, under
 *     assessment or referred; never null: absent (as in requests written by 0.1.0) or null given to
 *     the constructor means {@link StatusBasis#ASSESSED}
 * @param careLeaverCategory for a care leaver, which person of s24D(1) they are, which decides the
 *     age their category ends at; null when not recorded (then from 21 the council must establish
 *     it), and only with {@link ChildStatus#CARE_LEAVER}
 */
@ValidChild
public record Child(
        @NotEmpty Set<@NotNull ChildStatus> statuses,
        @Nullable LocalDate dateOfBirth,
        @PositiveOrZero @Max(MAX_AGE) @Nullable Integer ageInYears,
        @NotNull Understanding understanding,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = OmitWhenAssessed.class) StatusBasis statusBasis,
        @Nullable CareLeaverCategory careLeaverCategory) {

    /**
     * The oldest age, in whole years, that {@code ageInYears} may give: a sanity bound only, since an
     * adopted person may be any age. The ages a status allows (under 18 for a child, 16 to 25 for a
     * care leaver) are checked with the request.
     */
    public static final int MAX_AGE = 120;

    /**
     * Copies the statuses into an unmodifiable set (nulls are kept, for validation to report); an
     * absent status basis is {@link StatusBasis#ASSESSED}. Where no particular child is concerned
     * (a person wishing to adopt, an adopted adult), the request may have no child at all.
     *
     * @param statuses the child's legal situation; copied
     * @param dateOfBirth the date of birth, or null if not given
     * @param ageInYears the age in whole years on the day received, or null if not given
     * @param understanding whether the child is of sufficient understanding
     * @param statusBasis how the statuses were established; null means {@link StatusBasis#ASSESSED}
     * @param careLeaverCategory for a care leaver, which person of s24D(1) they are; null when not
     *     recorded
     */
    public Child {
        statuses = Sets.copyOf(statuses);
        statusBasis = statusBasis == null ? StatusBasis.ASSESSED : statusBasis;
    }

    /**
     * A child as 0.1.0 recorded one: statuses as assessed, no care-leaver category.
     *
     * @param statuses the child's legal situation; copied
     * @param dateOfBirth the date of birth, or null if not given
     * @param ageInYears the age in whole years on the day received, or null if not given
     * @param understanding whether of sufficient understanding
     */
    public Child(Set<ChildStatus> statuses, @Nullable LocalDate dateOfBirth, @Nullable Integer ageInYears,
                 Understanding understanding) {
        this(statuses, dateOfBirth, ageInYears, understanding, StatusBasis.ASSESSED, null);
    }

    /**
     * A child of the given statuses, as assessed, age unknown.
     *
     * @param understanding whether of sufficient understanding
     * @param statuses the child's legal situation: one or more, or just {@link ChildStatus#NONE}
     * @return the child, never null
     */
    public static Child of(Understanding understanding, ChildStatus... statuses) {
        return new Child(Sets.of(statuses), null, null, understanding);
    }

    /**
     * This child with a known age.
     *
     * @param years the age in whole years on the day the complaint was received, from 0 to {@link #MAX_AGE}
     * @return a new child, never null; this one is unchanged
     */
    public Child withAge(int years) {
        return new Child(statuses, dateOfBirth, years, understanding, statusBasis, careLeaverCategory);
    }

    /**
     * This child with a known date of birth.
     *
     * @param date the date of birth, or null for none known
     * @return a new child, never null; this one is unchanged
     */
    public Child withDateOfBirth(@Nullable LocalDate date) {
        return new Child(statuses, date, ageInYears, understanding, statusBasis, careLeaverCategory);
    }

    /**
     * This child with the basis of its statuses recorded.
     *
     * @param basis how the statuses were established; null means {@link StatusBasis#ASSESSED}
     * @return a new child, never null; this one is unchanged
     */
    public Child withStatusBasis(@Nullable StatusBasis basis) {
        return new Child(statuses, dateOfBirth, ageInYears, understanding, basis, careLeaverCategory);
    }

    /**
     * This child with the care-leaver category recorded.
     *
     * @param category which person of s24D(1) the care leaver is; null when not recorded
     * @return a new child, never null; this one is unchanged
     */
    public Child withCareLeaverCategory(@Nullable CareLeaverCategory category) {
        return new Child(statuses, dateOfBirth, ageInYears, understanding, statusBasis, category);
    }
}
