package org.cscrules.core.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.cscrules.core.validation.ValidComplaintRequest;

/**
 * One complaint (or representation) as the council received it: who complains and how they stand
 * to the child, the child, what it is about, the dates, and the circumstances that may exclude or
 * defer it. The input of {@code EligibilityService.assess}, and the record the annual report counts.
 *
 * <p>Validated with Jakarta Validation before any rule runs; {@code RequestValidator} reports
 * every violation at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complainantRole who the complainant is in relation to the child (E1-E15)
 * @param child the child the complaint concerns
 * @param representation in the complainant's own right, on the child's behalf, or relating to the child
 * @param subject the function complained about and the kinds of grievance
 * @param dates received, grounds arose, and the other dates that start clocks
 * @param circumstances reg. 8 and statute.md §4.2 circumstances; empty when none
 * @param reporting annual-report details, or null
 */
@ValidComplaintRequest
public record ComplaintRequest(
        @NotNull ComplainantRole complainantRole,
        @NotNull @Valid Child child,
        @NotNull @Valid Representation representation,
        @NotNull @Valid Subject subject,
        @NotNull @Valid ComplaintDates dates,
        @NotNull Set<@NotNull Circumstance> circumstances,
        @Valid Reporting reporting) {

    /** Copies the circumstances into an unmodifiable set (nulls are kept, for validation to report). */
    public ComplaintRequest {
        circumstances = Sets.copyOf(circumstances);
    }

    /** A request with no special circumstances and no reporting details. */
    public static ComplaintRequest of(ComplainantRole complainantRole, Child child, Representation representation,
                                      Subject subject, ComplaintDates dates) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, Set.of(), null);
    }

    /** This request with the given circumstances (replacing any it had). */
    public ComplaintRequest withCircumstances(Circumstance... circumstances) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, Sets.of(circumstances), reporting);
    }

    /** This request with annual-report details. */
    public ComplaintRequest withReporting(Reporting reporting) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, reporting);
    }
}
