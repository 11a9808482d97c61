package io.ordo.platform.events;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * What every integration event looks like on the wire. The id makes redelivery detectable
 * (consumers keep an inbox of applied ids); the aggregate version lets a consumer see order.
 * The W3C {@code traceparent} of the work that caused the event, when it was traced, lets a
 * consumer continue that trace; it is absent (null) otherwise and in events written before it.
 */
public record EventEnvelope(
        UUID id,
        String type,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String correlationId,
        JsonObject payload,
        String traceparent) {

    public <T> T payloadAs(Class<T> type) {
        return Json.fromJson(payload.toString(), type);
    }

    public String toJson() {
        return Json.toJson(this);
    }

    public static EventEnvelope fromJson(String json) {
        EventEnvelope envelope = Json.fromJson(json, EventEnvelope.class);
        if (envelope == null || envelope.id() == null || envelope.type() == null || envelope.payload() == null) {
            throw new IllegalArgumentException("not an Ordo event envelope: id, type and payload are required");
        }
        return envelope;
    }
}
