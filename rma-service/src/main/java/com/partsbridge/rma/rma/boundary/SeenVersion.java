package com.partsbridge.rma.rma.boundary;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The version of the RMA the caller looked at: required, a whole number from 0 to the largest long (3, 3.0
 * and 3e0 are all 3). It is bound as a BigDecimal because JSON-B (Yasson) silently truncates 1.5 to 1 and
 * wraps 2^64 + 1 to 1 when it reads a long; so the value arrives as sent and this refuses it, naming the field.
 */
@Constraint(validatedBy = SeenVersion.Check.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SeenVersion {

    String message() default VersionedAction.NOT_A_VERSION;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same rule as {@link VersionedAction#seenVersion()}, with its message. */
    class Check implements ConstraintValidator<SeenVersion, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal version, ConstraintValidatorContext context) {
            if (version == null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(VersionedAction.NO_VERSION)
                        .addConstraintViolation();
                return false;
            }
            return VersionedAction.asVersion(version) >= 0;
        }
    }
}
