package org.cscrules.core.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.cscrules.core.internal.validation.ValidComplaintRequest;

/**
 * One complaint (or representation) as the council received it: who complains and how they stand
 * to the child, the child, what it is about, the dates, the circumstances that may exclude or
 * defer it, and what the council has decided so far. The input of {@code EligibilityService.assess},
 * and the record the annual report counts.
 *
 * <p>A complaint made on a child's behalf carries the child's role (an advocate acting for a
 * looked-after child: {@link ComplainantRole#CHILD_LOOKED_AFTER} with
 * {@link RepresentationMode#ON_BEHALF_OF_CHILD}); one that only relates to a child carries the
 * adult's role.
 *
 * <p>Validated with Jakarta Validation before any rule runs; {@code RequestValidator} reports
 * every violation at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complainantRole who the complainant is in relation to the child
 * @param child the child the complaint concerns
 * @param representation in the complainant's own right, on the child's behalf, or relating to the child
 * @param subject the function complained about and the kinds of grievance
 * @param dates received, grounds arose, and the other dates that start clocks
 * @param circumstances the circumstances of reg. 8 and the others a council may weigh; empty (or absent) when none
 * @param findings what the council has decided so far; absent means nothing yet
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
        @NotNull @Valid CouncilFindings findings,
        @Valid Reporting reporting) {

    /** Copies the circumstances into an unmodifiable set; an absent set or findings mean none. */
    public ComplaintRequest {
        circumstances = Sets.copyOrEmpty(circumstances);
        findings = findings == null ? CouncilFindings.none() : findings;
    }

    /** A request with no special circumstances, no findings yet and no reporting details. */
    public static ComplaintRequest of(ComplainantRole complainantRole, Child child, Representation representation,
                                      Subject subject, ComplaintDates dates) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, Set.of(),
                CouncilFindings.none(), null);
    }

    /** This request with another complainant role. */
    public ComplaintRequest withComplainantRole(ComplainantRole complainantRole) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }

    /** This request about another child. */
    public ComplaintRequest withChild(Child child) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }

    /** This request with another representation. */
    public ComplaintRequest withRepresentation(Representation representation) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }

    /** This request about another subject. */
    public ComplaintRequest withSubject(Subject subject) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }

    /** This request with the given circumstances (replacing any it had). */
    public ComplaintRequest withCircumstances(Circumstance... circumstances) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, Sets.of(circumstances),
                findings, reporting);
    }

    /** This request with the council's findings so far. */
    public ComplaintRequest withFindings(CouncilFindings findings) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }

    /** This request with other dates. */
    public ComplaintRequest withDates(ComplaintDates dates) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }

    /** This request with annual-report details. */
    public ComplaintRequest withReporting(Reporting reporting) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting);
    }
}
