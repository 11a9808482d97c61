package io.ordo.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that is one line of text by nature, such as a name, a phone number or an
 * address: a tab or a line break there can only forge a header, a log line or a CSV row. Other
 * unsafe characters are refused for every field when the body is read ({@link UnsafeText}).
 * Null passes.
 */
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "must be one line: no tabs or line breaks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || UnsafeText.problemInLine(text).isEmpty();
        }
    }
}
