package org.cscrules.core.internal.constraint;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.cscrules.core.law.LegalChange;

/**
 * Collects the violations one class-level constraint finds, each on its own property, so that a
 * caller sees {@code dates.groundsArose} rather than {@code dates}.
 */
public final class Checks {

    private static final String BEFORE_THE_REGULATIONS = "must be on or after " + LegalChange.REGULATIONS_IN_FORCE.inForceFrom()
            + ", when SI 2006/1738 came into force (reg. 1); an earlier complaint is not assessed under rules not then in force";

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    /** Starts collecting for one validation; the default, whole-object violation is switched off. */
    public Checks(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    /** Records a violation on {@code property} unless {@code ok}. */
    public Checks require(boolean ok, String property, String message) {
        if (!ok) {
            valid = false;
            context.buildConstraintViolationWithTemplate(escape(message))
                    .addPropertyNode(property)
                    .addConstraintViolation();
        }
        return this;
    }

    /** Requires a complaint received under the 2006 Regulations: on or after the day they came into force (reg. 1). */
    public Checks underTheRegulations(LocalDate received, String property) {
        return require(received == null || LegalChange.REGULATIONS_IN_FORCE.appliesTo(received), property, BEFORE_THE_REGULATIONS);
    }

    /** Whether every requirement held. */
    public boolean valid() {
        return valid;
    }

    /** Messages are literal: braces and dollars would otherwise be read as message parameters. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
