package io.ordo.client;

import io.ordo.client.model.Order;

import java.util.UUID;

/**
 * A change to an order refused because the order changed since the caller read it (HTTP 412 to
 * the If-Match the client sent): someone else, or the order's own pipeline, moved it on. A
 * {@link ErrorKind#CONFLICT}; read the order again and decide anew.
 */
public class OrderChangedException extends ApiException {

    private final UUID orderId;
    private final long readVersion;

    OrderChangedException(Order asRead, ApiException refusal) {
        super(ErrorKind.CONFLICT, describe(asRead, refusal.problem()), refusal.retryAfter().orElse(null), refusal);
        this.orderId = asRead.id();
        this.readVersion = asRead.version();
    }

    /** The server's own words when it gave them: they name the version it has now. */
    private static Problem describe(Order asRead, Problem problem) {
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem;
        }
        return new Problem(problem.type(), problem.title(), problem.status(), "Order " + asRead.id()
                + " changed since it was read (version " + asRead.version() + "). Read it again and decide anew.",
                problem.errors());
    }

    public UUID orderId() {
        return orderId;
    }

    /** The version the refused change was based on. */
    public long readVersion() {
        return readVersion;
    }
}
