package io.ordo.platform.problem;

/** Every kind of error the API answers with; the slug is part of the stable type URI. */
public enum ProblemType {
    VALIDATION("validation", "The request is not valid", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    MISSING_IDEMPOTENCY_KEY("idempotency-key-missing", "Idempotency-Key header required", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    ILLEGAL_TRANSITION("illegal-transition", "Not possible in the order's current state", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since you read it", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key already used for another request", 422),
    UNPROCESSABLE("unprocessable", "The request cannot be processed", 422),
    PRECONDITION_REQUIRED("precondition-required", "If-Match header required", 428),
    IDEMPOTENT_REQUEST_IN_FLIGHT("idempotent-request-in-flight", "The first request with this Idempotency-Key is still being processed", 409),
    UNAVAILABLE("unavailable", "Temporarily unavailable", 503),
    INTERNAL("internal", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
