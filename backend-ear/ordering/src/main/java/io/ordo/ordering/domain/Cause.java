package io.ordo.ordering.domain;

import java.time.Instant;
import java.util.Objects;

/** Why and by whom a transition happens, recorded in the order's history. */
public record Cause(String actor, String reason, Instant at, String correlationId) {

    public static final String SYSTEM = "system";

    public Cause {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
