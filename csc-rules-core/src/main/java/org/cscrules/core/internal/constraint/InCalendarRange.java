package org.cscrules.core.internal.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.cscrules.calendar.WorkingDayCalendar;

/**
 * The date lies inside the working-day calendar's supported range, so that every deadline
 * counted from it is known, never guessed. Null is valid (use {@code @NotNull} as well).
 */
@Documented
@Constraint(validatedBy = InCalendarRange.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface InCalendarRange {

    /** The message; the default names the calendar's range. */
    String message() default "";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the range of {@link WorkingDayCalendar}. */
    final class Validator implements ConstraintValidator<InCalendarRange, LocalDate> {
        /** Names the range from the calendar itself, so the message can never disagree with it. */
        public static final String RANGE_MESSAGE = "must be between " + WorkingDayCalendar.SUPPORTED_FROM + " and "
                + WorkingDayCalendar.SUPPORTED_TO + ", the working-day calendar's range";

        /** Whether {@code date} is null or inside the calendar's range. */
        public static boolean inRange(LocalDate date) {
            return date == null || !(date.isBefore(WorkingDayCalendar.SUPPORTED_FROM) || date.isAfter(WorkingDayCalendar.SUPPORTED_TO));
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            boolean valid = inRange(date);
            if (!valid && context.getDefaultConstraintMessageTemplate().isEmpty()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(RANGE_MESSAGE).addConstraintViolation();
            }
            return valid;
        }
    }
}
