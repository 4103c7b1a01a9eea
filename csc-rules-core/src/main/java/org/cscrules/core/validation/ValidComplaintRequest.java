package org.cscrules.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ComplaintRequest;

/**
 * The parts of a request agree with each other: a child who complains has the status of their
 * role (a looked-after child's complaint concerns a looked-after child), and the child's date of
 * birth and age agree with each other and with the date received.
 */
@Documented
@Constraint(validatedBy = ValidComplaintRequest.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidComplaintRequest {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidComplaintRequest, ComplaintRequest> {
        @Override
        public boolean isValid(ComplaintRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            Child child = request.child();
            LocalDate received = request.dates() == null ? null : request.dates().received();
            Checks checks = new Checks(context);
            if (child != null && child.statuses() != null && request.complainantRole() != null) {
                request.complainantRole().childsOwnStatus().ifPresent(status -> checks.require(
                        child.statuses().contains(status), "child.statuses",
                        "must include " + status + " when the complainant is " + request.complainantRole()));
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
            return checks.valid();
        }
    }
}
