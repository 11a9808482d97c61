package io.ordo.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource method accepts, when it needs more than the API's default
 * ({@code ordo.api.max-body-bytes}), e.g. a bulk import. Larger bodies are refused with 413.
 * With {@link #property()}, the limit is that MicroProfile Config property, {@link #bytes()} its
 * default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    long bytes();

    /** A configuration property that overrides {@link #bytes()}, or empty for none. */
    String property() default "";
}
