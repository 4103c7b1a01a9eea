package org.cscrules.core.process;

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
 * An extension carries its new length and a reason (reg. 14 and 17 require the complainant be
 * told why), a council's decline of a request its reason, a stage 1 or 2 response how it was sent;
 * any other event carries none of these.
 */
@Documented
@Constraint(validatedBy = ValidProcessEvent.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidProcessEvent {

    /** The message, used only when no property-level message applies. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Reports each inconsistency on the property it concerns. */
    final class Validator implements ConstraintValidator<ValidProcessEvent, ProcessEvent> {

        /**
         * The longest extension the model accepts: a year of working days, beyond any reading of
         * reg. 14 or 17, so that a typing slip is an error, not a deadline decades away.
         */
        static final int LONGEST_EXTENSION_WORKING_DAYS = 260;

        @Override
        public boolean isValid(ProcessEvent event, ConstraintValidatorContext context) {
            if (event == null || event.type() == null) {
                return true;
            }
            boolean extension = event.type().isExtension();
            boolean reasoned = event.type().needsReason();
            Integer days = event.extendedToWorkingDays();
            return new Checks(context)
                    .require(!extension || days != null && days > 0 && days <= LONGEST_EXTENSION_WORKING_DAYS,
                            "extendedToWorkingDays", "must be between 1 and " + LONGEST_EXTENSION_WORKING_DAYS
                                    + " working days for an extension")
                    .require(!reasoned || event.reason() != null && !event.reason().isBlank(), "reason",
                            "must be given for an extension, a decline, a suspension or a re-opening: the complainant is told why")
                    .require(extension || days == null, "extendedToWorkingDays", "must be empty unless the event is an extension")
                    .require(reasoned || event.reason() == null, "reason",
                            "must be empty unless the event is an extension, a decline, a suspension or a re-opening")
                    .require(event.type().opensWindow() || event.delivery() == null, "delivery",
                            "must be empty unless the event is a stage 1 or stage 2 response")
                    .valid();
        }
    }
}
