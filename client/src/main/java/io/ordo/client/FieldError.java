package io.ordo.client;

/** One invalid input of a validation problem, e.g. {@code lines[0].quantity}: must be positive. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
