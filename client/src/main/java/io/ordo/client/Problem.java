package io.ordo.client;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document as the API sends it. For failures without a response (connection
 * refused, timeout) the client makes one up with status 0 so callers read every error the same way.
 */
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
