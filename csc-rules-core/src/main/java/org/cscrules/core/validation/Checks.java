package org.cscrules.core.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Collects the violations one class-level constraint finds, each on its own property, so that a
 * caller sees {@code dates.groundsArose} rather than {@code dates}.
 */
final class Checks {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Checks(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    /** Records a violation on {@code property} unless {@code ok}. */
    Checks require(boolean ok, String property, String message) {
        if (!ok) {
            valid = false;
            context.buildConstraintViolationWithTemplate(escape(message))
                    .addPropertyNode(property)
                    .addConstraintViolation();
        }
        return this;
    }

    boolean valid() {
        return valid;
    }

    /** Messages are literal: braces and dollars would otherwise be read as message parameters. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
