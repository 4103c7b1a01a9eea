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
 * A child's statuses are consistent: {@link ChildStatus#NONE} stands alone, a child is looked
 * after or in need (and not looked after), not both, and a care-leaver category belongs to a care
 * leaver.
 */
@Documented
@Constraint(validatedBy = ValidChild.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidChild {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidChild, Child> {
        @Override
        public boolean isValid(Child child, ConstraintValidatorContext context) {
            if (child == null) {
                return true;
            }
            boolean noneAlone = child.statuses() == null || !child.statuses().contains(ChildStatus.NONE)
                    || child.statuses().size() == 1;
            boolean lookedAfterOrInNeed = child.statuses() == null || !child.statuses().contains(ChildStatus.LOOKED_AFTER)
                    || !child.statuses().contains(ChildStatus.IN_NEED);
            return new Checks(context)
                    .require(noneAlone, "statuses", "NONE cannot be combined with another status")
                    .require(lookedAfterOrInNeed, "statuses",
                            "IN_NEED means in need and not looked after: a looked-after child is LOOKED_AFTER only")
                    .require(child.careLeaverCategory() == null || child.statuses() == null
                                    || child.statuses().contains(ChildStatus.CARE_LEAVER), "careLeaverCategory",
                            "applies only to a child whose statuses include CARE_LEAVER")
                    .valid();
        }
    }
}
