package io.ordo.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An integration event a context wants to publish: the typed payload and what it is about.
 * The outbox turns it into an {@link EventEnvelope} in the caller's transaction.
 */
public record OutgoingEvent(String type, String aggregateType, String aggregateId, long aggregateVersion, Object payload) {

    /** @param traceparent the W3C trace context of the work causing the event, or null if untraced */
    public EventEnvelope toEnvelope(Instant occurredAt, String correlationId, String traceparent) {
        return new EventEnvelope(UUID.randomUUID(), type, aggregateType, aggregateId, aggregateVersion,
                occurredAt, correlationId, Json.toJsonObject(payload), traceparent);
    }
}
