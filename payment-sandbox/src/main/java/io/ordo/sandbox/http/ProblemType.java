package io.ordo.sandbox.http;

import java.util.Locale;

/** The kinds of RFC 9457 problem the sandbox answers with; each is a stable {@code type} URI. */
enum ProblemType {
    INVALID_REQUEST(400, "Invalid request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_IDEMPOTENCY_KEY(400, "Missing or invalid Idempotency-Key"),
    UNKNOWN_PAYMENT_METHOD(400, "Unknown payment method"),
    INVALID_SANDBOX_BEHAVIOUR(400, "Invalid Sandbox-Behaviour"),
    NOT_FOUND(404, "Not found"),
    PAYMENT_NOT_FOUND(404, "Payment not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    PAYMENT_STATE_CONFLICT(409, "Payment state conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused"),
    INTERNAL_ERROR(500, "Internal error"),
    GATEWAY_UNAVAILABLE(503, "Gateway unavailable");

    // A URN, not a URL: nobody should try to fetch these, and they never move.
    private static final String TYPE_PREFIX = "urn:ordo:payment-sandbox:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String uri() {
        return TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
