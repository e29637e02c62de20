package org.ariadne.reporting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form whose fields only make sense together (an amount for a named source, a numerator with its denominator).
 * Checked with the other constraints, so every problem of a form is found at once, and each is reported at its
 * own field rather than at the form.
 */
@Documented
@Constraint(validatedBy = FieldsTogether.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface FieldsTogether {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form that says which of its fields are missing their companion. */
    interface Checked {

        /** Field name to the message ("{reporting.report.both-needed}"); empty when the fields agree. */
        Map<String, String> problems();
    }

    class Check implements ConstraintValidator<FieldsTogether, Checked> {

        @Override
        public boolean isValid(Checked form, ConstraintValidatorContext context) {
            if (form == null || form.problems().isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            form.problems().forEach((field, message) -> context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field).addConstraintViolation());
            return false;
        }
    }
}
