package org.cscrules.core.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * What the complaint is about: the function, which decides whether the procedure applies, and the
 * kinds of grievance raised (illustrative, for reasons and reports).
 *
 * <p>Immutable and thread-safe.
 *
 * @param function the function complained about
 * @param grievances the kinds of grievance raised; unmodifiable, in declaration order, never null:
 *     empty when none (absent, or null given to the constructor)
 */
public record Subject(@NotNull LocalAuthorityFunction function, @NotNull Set<@NotNull Grievance> grievances) {

    /**
     * Copies the grievances into an unmodifiable set; none given is none raised (null elements are
     * kept, for validation to report).
     *
     * @param function the function complained about
     * @param grievances the kinds of grievance raised, copied; null means none
     */
    public Subject {
        grievances = Sets.copyOrEmpty(grievances);
    }

    /**
     * Whether this is a complaint about the assessment of whether a child is in need, its finding,
     * or a refused Part 3 service: that function, or Part 3 support complained of for one of the
     * grievances {@link Grievance#isAboutAssessmentOrRefusal()} names. Such a complaint is within the
     * procedure whatever status the council gave the child.
     *
     * @return whether the complaint is about the assessment of need or a refused service
     */
    @JsonIgnore
    public boolean isAboutAssessmentOfNeed() {
        return function == LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE
                || function == LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES
                && grievances.stream().anyMatch(grievance -> grievance != null && grievance.isAboutAssessmentOrRefusal());
    }

    /**
     * A subject with the given function and grievances.
     *
     * @param function the function complained about
     * @param grievances the kinds of grievance raised, in any order; none given means none raised
     * @return the subject, never null
     */
    public static Subject of(LocalAuthorityFunction function, Grievance... grievances) {
        return new Subject(function, Sets.of(grievances));
    }
}
