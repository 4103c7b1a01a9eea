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
import java.time.LocalDate;
import org.cscrules.core.internal.constraint.Checks;

/**
 * The dates are in order: the grounds arose, then the complainant learned of them, then the
 * council received the complaint (on or after the Regulations came into force), then any reg. 12
 * decision. Missing dates are left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = ValidComplaintDates.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidComplaintDates {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidComplaintDates, ComplaintDates> {
        @Override
        public boolean isValid(ComplaintDates dates, ConstraintValidatorContext context) {
            if (dates == null) {
                return true;
            }
            LocalDate received = dates.received();
            LocalDate arose = dates.groundsArose();
            LocalDate learned = dates.learnedOfGrounds();
            LocalDate decided = dates.sufficientInterestDecided();
            return new Checks(context)
                    .underTheRegulations(received, "received")
                    .require(!after(arose, received), "groundsArose", "must not be after the date received")
                    .require(!after(learned, received), "learnedOfGrounds", "must not be after the date received")
                    .require(!after(arose, learned), "learnedOfGrounds", "must not be before the grounds arose")
                    .require(!after(received, decided), "sufficientInterestDecided", "must not be before the date received")
                    .valid();
        }

        /** Whether both dates are known and the first is after the second. */
        private static boolean after(LocalDate first, LocalDate second) {
            return first != null && second != null && first.isAfter(second);
        }
    }
}
