package io.ordo.platform.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The body of an {@code application/problem+json} answer. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ordo.dev/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null, null);
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null, errors);
    }

    /** A 400 naming every invalid field of a request, by the field's path in the body or its query parameter. */
    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "1 field is invalid: " + errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return of(ProblemType.VALIDATION, detail, errors);
    }

    /** One invalid field of a request, named by its JSON path, e.g. {@code lines[0].quantity}. */
    @JsonbNillable(false)
    public record FieldError(String field, String message) {
    }
}
