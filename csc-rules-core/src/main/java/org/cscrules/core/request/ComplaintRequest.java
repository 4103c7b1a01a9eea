package org.cscrules.core.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * @param child the child the complaint concerns; null only where the complainant's role may concern
 *     no particular child ({@link ComplainantRole#mayConcernNoParticularChild()}: a prospective
 *     adopter, an adopted adult), so that no child need be invented
 * @param representation in the complainant's own right, on the child's behalf, or relating to the child
 * @param subject the function complained about and the kinds of grievance
 * @param dates received, grounds arose, and the other dates that start clocks
 * @param circumstances the circumstances of reg. 8 and the others a council may weigh; unmodifiable,
 *     in declaration order, never null: empty when none (absent, or null given to the constructor)
 * @param findings what the council has decided so far; never null: absent, or null given to the
 *     constructor, means nothing yet ({@link CouncilFindings#none()})
 * @param reporting annual-report details, or null if none are recorded
 * @param otherParts the complaint's further parts, where it is about more than one function: each a
 *     function and its grievances, decided part by part ({@code EligibilityDecision.parts()});
 *     unmodifiable, never null: empty (absent, as in requests written by 0.1.0, or null given to the
 *     constructor) for a complaint of one part, {@code subject}
 */
@ValidComplaintRequest
public record ComplaintRequest(
        @NotNull ComplainantRole complainantRole,
        @Valid @Nullable Child child,
        @NotNull @Valid Representation representation,
        @NotNull @Valid Subject subject,
        @NotNull @Valid ComplaintDates dates,
        @NotNull Set<@NotNull Circumstance> circumstances,
        @NotNull @Valid CouncilFindings findings,
        @Valid @Nullable Reporting reporting,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull @Valid Subject> otherParts) {

    /**
     * Copies the circumstances and parts; an absent set of circumstances, findings or other parts
     * means none (null elements are kept, for validation to report).
     *
     * @param complainantRole who the complainant is in relation to the child
     * @param child the child, or null where the role allows
     * @param representation how the complaint stands to the child
     * @param subject the function complained about and the grievances
     * @param dates the dates that start the clocks
     * @param circumstances the circumstances, copied; null means none
     * @param findings the council's findings so far; null means none yet
     * @param reporting annual-report details, or null
     * @param otherParts the further parts, copied; null means none
     */
    public ComplaintRequest {
        circumstances = Sets.copyOrEmpty(circumstances);
        findings = findings == null ? CouncilFindings.none() : findings;
        otherParts = otherParts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(otherParts));
    }

    /**
     * A complaint of one part, as 0.1.0 recorded one.
     *
     * @param complainantRole who the complainant is in relation to the child
     * @param child the child, or null where the role allows
     * @param representation how the complaint stands to the child
     * @param subject the function complained about and the grievances
     * @param dates the dates that start the clocks
     * @param circumstances the circumstances, copied; null means none
     * @param findings the council's findings so far; null means none yet
     * @param reporting annual-report details, or null
     */
    public ComplaintRequest(ComplainantRole complainantRole, @Nullable Child child, Representation representation,
                            Subject subject, ComplaintDates dates, @Nullable Set<Circumstance> circumstances,
                            @Nullable CouncilFindings findings, @Nullable Reporting reporting) {
        this(complainantRole, child, representation, subject, dates, circumstances, findings, reporting, List.of());
    }

    /**
     * Every part of the complaint: {@code subject}, then the other parts.
     *
     * @return the parts, at least one; never null
     */
    public List<Subject> parts() {
        List<Subject> parts = new ArrayList<>(1 + otherParts.size());
        parts.add(subject);
        parts.addAll(otherParts);
        return List.copyOf(parts);
    }

    /**
     * This request with the given further parts, replacing any it had.
     *
     * @param parts the further parts of the complaint, each a function and its grievances; none for
     *     a complaint of one part
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withOtherParts(Subject... parts) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, List.of(parts));
    }

    /**
     * A request of one part with no special circumstances, no findings yet and no reporting details.
     *
     * @param complainantRole who the complainant is in relation to the child
     * @param child the child, or null where the role allows ({@link ComplainantRole#mayConcernNoParticularChild()})
     * @param representation how the complaint stands to the child
     * @param subject the function complained about and the grievances
     * @param dates the dates that start the clocks
     * @return the request, never null; not yet validated
     */
    public static ComplaintRequest of(ComplainantRole complainantRole, @Nullable Child child, Representation representation,
                                      Subject subject, ComplaintDates dates) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, Set.of(),
                CouncilFindings.none(), null);
    }

    /**
     * This request with another complainant role.
     *
     * @param complainantRole who the complainant is in relation to the child
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withComplainantRole(ComplainantRole complainantRole) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }

    /**
     * This request about another child, or about none.
     *
     * @param child the child, or null where the role allows
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withChild(@Nullable Child child) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }

    /**
     * This request with another representation.
     *
     * @param representation how the complaint stands to the child
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withRepresentation(Representation representation) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }

    /**
     * This request about another subject, its other parts kept.
     *
     * @param subject the function complained about and the grievances
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withSubject(Subject subject) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }

    /**
     * This request with the given circumstances, replacing any it had.
     *
     * @param circumstances the circumstances, in any order; none given means none
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withCircumstances(Circumstance... circumstances) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, Sets.of(circumstances),
                findings, reporting, otherParts);
    }

    /**
     * This request with the council's findings so far.
     *
     * @param findings what the council has decided so far; null means nothing yet
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withFindings(@Nullable CouncilFindings findings) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }

    /**
     * This request with other dates.
     *
     * @param dates the dates that start the clocks
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withDates(ComplaintDates dates) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }

    /**
     * This request with annual-report details.
     *
     * @param reporting the details, or null for none
     * @return a new request, never null; this one is unchanged
     */
    public ComplaintRequest withReporting(@Nullable Reporting reporting) {
        return new ComplaintRequest(complainantRole, child, representation, subject, dates, circumstances, findings,
                reporting, otherParts);
    }
}
