package org.cscrules.core.request;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.cscrules.core.law.StatutoryAge.ADULTHOOD;
import static org.cscrules.core.law.StatutoryAge.YOUNGEST_CARE_LEAVER;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;
import org.cscrules.core.internal.constraint.Checks;

/**
 * The parts of a request agree with each other:
 * <ul>
 * <li>a child is given unless the complainant's role may concern no particular child;</li>
 * <li>a child who complains has the status of their role (a looked-after child's complaint
 *     concerns a looked-after child; a child in need may also be disabled, or have a status not yet
 *     settled, or complain about the assessment of need itself), and a complaint on a child's behalf
 *     carries a child's role, one that relates to a child an adult's; an adult's own representative
 *     acts only for an adult's role;</li>
 * <li>the child's age (given, or from the date of birth) suits their status: under 18 for a child
 *     (Children Act 1989 s105(1)), 16 or more for a care leaver (ss23A-24B: the rules say when a
 *     care leaver's category has ended), under 18 for a relevant child (s23A);</li>
 * <li>the date of birth and age agree with each other and with the date received;</li>
 * <li>no two parts of a complaint are the same;</li>
 * <li>a reg. 12 sufficient-interest finding is made only for a complainant who needs one, and has
 *     its date; a complaint about the complainant's own treatment as an adult is not a child's.</li>
 * </ul>
 */
@Documented
@Constraint(validatedBy = ValidComplaintRequest.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidComplaintRequest {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidComplaintRequest, ComplaintRequest> {

        /** Statuses that only a child under 18 can have. */
        private static final Set<ChildStatus> CHILDHOOD = Set.of(ChildStatus.LOOKED_AFTER, ChildStatus.IN_NEED, ChildStatus.DISABLED,
                ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER, ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION);

        @Override
        public boolean isValid(ComplaintRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            Checks checks = new Checks(context);
            ComplainantRole role = request.complainantRole();
            Child child = request.child();
            LocalDate received = request.dates() == null ? null : request.dates().received();
            checks.require(child != null || role != null && role.mayConcernNoParticularChild(), "child",
                    "is required" + (role == null ? "" : " when the complainant is " + role) + " (only a role that may concern "
                            + "no particular child, such as PERSON_WISHING_TO_ADOPT, may leave it out)");
            if (role != null) {
                checkRole(request, role, checks);
            }
            if (child != null && child.dateOfBirth() != null && received != null) {
                checks.require(!child.dateOfBirth().isAfter(received), "child.dateOfBirth",
                        "must not be after the date received");
                if (child.ageInYears() != null && !child.dateOfBirth().isAfter(received)) {
                    int age = Period.between(child.dateOfBirth(), received).getYears();
                    checks.require(age == child.ageInYears(), "child.ageInYears",
                            "must be " + age + ", the age on the date received given the date of birth");
                }
            }
            if (child != null && child.statuses() != null) {
                checkAgeForStatus(child, received, checks);
            }
            checkPartsDiffer(request, checks);
            return checks.valid();
        }

        private static void checkRole(ComplaintRequest request, ComplainantRole role, Checks checks) {
            Child child = request.child();
            boolean childsRole = role.childsOwnStatus().isPresent();
            if (child != null && child.statuses() != null && !inNeedOrUnsettled(request, role, child)) {
                role.childsOwnStatus().ifPresent(status -> checks.require(child.statuses().contains(status),
                        "child.statuses", "must include " + status + " when the complainant is " + role
                                + (role == ComplainantRole.CHILD_IN_NEED ? " (or DISABLED, or a statusBasis other than ASSESSED, "
                                + "or be about the assessment of need or a refused service)" : "")));
            }
            if (request.representation() != null) {
                RepresentationMode mode = request.representation().mode();
                checks.require(mode != RepresentationMode.ON_BEHALF_OF_CHILD || childsRole, "complainantRole",
                        "must be the child's own role (e.g. CHILD_LOOKED_AFTER) for a complaint made on the child's behalf");
                checks.require(mode != RepresentationMode.RELATES_TO_CHILD || !childsRole, "complainantRole",
                        "must be an adult's role for a complaint that only relates to the child");
            }
            checks.require(!childsRole || request.representation() == null
                            || request.representation().complainantsRepresentative() == null,
                    "representation.complainantsRepresentative", "applies only to an adult complainant, not " + role
                            + ": a child's representative is recorded as a complaint on the child's behalf");
            checks.require(!childsRole || !request.circumstances().contains(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT),
                    "circumstances", "cannot include ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT when the complainant is " + role);
            if (request.findings() != null) {
                checks.require(request.findings().concernsTheChild() == null
                                || request.circumstances().contains(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT),
                        "findings.concernsTheChild", "applies only with the circumstance ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT");
                checks.require(request.findings().consideredAgain() == null
                                || request.circumstances().contains(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES)
                                || request.circumstances().contains(Circumstance.UNREASONABLY_PERSISTENT),
                        "findings.consideredAgain", "applies only with the circumstance CONSIDERED_AT_ALL_THREE_STAGES or "
                                + "UNREASONABLY_PERSISTENT");
                checks.require(request.findings().mightPrejudiceProceedings() == null
                                || request.circumstances().stream().anyMatch(c -> c != null && c.isConcurrentProceedings()),
                        "findings.mightPrejudiceProceedings", "applies only with a circumstance of concurrent proceedings");
            }
            if (request.findings() != null && request.dates() != null) {
                Suitability decision = request.findings().sufficientInterest();
                boolean decided = decision == Suitability.SUITABLE || decision == Suitability.NOT_SUITABLE;
                checks.require(decision == null || role.mayNeedSufficientInterestDecision(), "findings.sufficientInterest",
                        "applies only to a complainant who needs a reg. 12 decision, not " + role);
                checks.require(decided == (request.dates().sufficientInterestDecided() != null),
                        "dates.sufficientInterestDecided", decided ? "is required with a reg. 12 decision"
                                : "applies only once the reg. 12 decision is made");
            }
        }

        /** Each part of a complaint is about its own function: a function's grievances go in one part. */
        private static void checkPartsDiffer(ComplaintRequest request, Checks checks) {
            if (request.subject() == null || request.otherParts() == null) {
                return;
            }
            Set<Subject> seen = new HashSet<>();
            seen.add(request.subject());
            for (int i = 0; i < request.otherParts().size(); i++) {
                Subject part = request.otherParts().get(i);
                if (part != null) {
                    checks.require(seen.add(part), "otherParts[" + i + "]",
                            "must differ from every other part (a part is a function and its grievances: parts about one function "
                                    + "differ in their grievances)");
                }
            }
        }

        /**
         * Whether a child complaining as a child in need may lack the IN_NEED status: disabled (in
         * need by s17(10)(c)), a status not yet settled, or a complaint about the assessment of need.
         */
        private static boolean inNeedOrUnsettled(ComplaintRequest request, ComplainantRole role, Child child) {
            return role == ComplainantRole.CHILD_IN_NEED && (child.statuses().contains(ChildStatus.DISABLED)
                    || !child.statusBasis().isSettled()
                    || request.subject() != null && request.subject().function() != null
                    && request.subject().isAboutAssessmentOfNeed());
        }

        private static void checkAgeForStatus(Child child, LocalDate received, Checks checks) {
            Integer age = child.ageInYears();
            String path = "child.ageInYears";
            if (age == null && child.dateOfBirth() != null && received != null && !child.dateOfBirth().isAfter(received)) {
                age = Period.between(child.dateOfBirth(), received).getYears();
                path = "child.dateOfBirth";
            }
            if (age == null) {
                return;
            }
            for (ChildStatus status : child.statuses()) {
                if (status != null && CHILDHOOD.contains(status)) {
                    checks.require(age < ADULTHOOD.years(), path, "makes the child " + age + ", too old to be " + status
                            + " (" + ADULTHOOD.text() + ", " + ADULTHOOD.citation().reference() + ")");
                }
            }
            if (child.careLeaverCategory() == CareLeaverCategory.RELEVANT_CHILD) {
                checks.require(age < CareLeaverCategory.RELEVANT_CHILD.endsAtAge(), path, "makes the young person " + age
                        + ", too old to be a RELEVANT_CHILD (" + YOUNGEST_CARE_LEAVER.years() + " to " + (ADULTHOOD.years() - 1)
                        + ", Children Act 1989 s23A): from " + ADULTHOOD.years() + " a relevant child is a "
                        + "FORMER_RELEVANT_CHILD (s23C(1))");
            }
            if (child.statuses().contains(ChildStatus.CARE_LEAVER)) {
                checks.require(age >= YOUNGEST_CARE_LEAVER.years(), path, "makes the young person " + age
                        + ", younger than " + YOUNGEST_CARE_LEAVER.years() + ", " + YOUNGEST_CARE_LEAVER.text() + " ("
                        + YOUNGEST_CARE_LEAVER.citation().reference() + ")");
            }
        }
    }
}
