package org.cscrules.core.request;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cscrules.core.internal.constraint.Checks;

/**
 * A complaint made on the child's behalf names its representative, the child's views and the
 * council's suitability decision; any other complaint has none of them. An adult complainant's own
 * representative belongs to a complaint not made on a child's behalf, and the complainant's consent
 * only with one.
 */
@Documented
@Constraint(validatedBy = ValidRepresentation.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidRepresentation {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidRepresentation, Representation> {
        @Override
        public boolean isValid(Representation representation, ConstraintValidatorContext context) {
            if (representation == null) {
                return true;
            }
            Checks checks = new Checks(context);
            if (representation.mode() == RepresentationMode.ON_BEHALF_OF_CHILD) {
                String required = "is required for a complaint made on the child's behalf";
                checks.require(representation.representative() != null, "representative", required)
                        .require(representation.childViews() != null, "childViews", required)
                        .require(representation.suitability() != null, "suitability", required)
                        .require(representation.bestInterestsConfirmed() == null
                                        || representation.childViews() == ChildViews.CANNOT_BE_OBTAINED, "bestInterestsConfirmed",
                                "applies only when the child's views cannot be obtained");
            } else if (representation.mode() != null) {
                String forbidden = "applies only to a complaint made on the child's behalf, not " + representation.mode();
                checks.require(representation.representative() == null, "representative", forbidden)
                        .require(representation.childViews() == null, "childViews", forbidden)
                        .require(representation.suitability() == null, "suitability", forbidden)
                        .require(representation.bestInterestsConfirmed() == null, "bestInterestsConfirmed", forbidden);
            }
            checks.require(representation.complainantsRepresentative() == null
                            || representation.mode() != RepresentationMode.ON_BEHALF_OF_CHILD, "complainantsRepresentative",
                    "applies only to an adult's complaint, not one made on the child's behalf (its representative is representative)")
                    .require(representation.complainantConsented() == null || representation.complainantsRepresentative() != null,
                            "complainantConsented", "applies only with complainantsRepresentative");
            return checks.valid();
        }
    }
}
