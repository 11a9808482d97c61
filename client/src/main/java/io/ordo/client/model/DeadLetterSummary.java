package io.ordo.client.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the dead-letter list: which consumer kept failing on which event, why, and what
 * became of it; without the message itself.
 *
 * @param aggregateId the id of what the event is about, e.g. the order's
 * @param resolvedBy the admin who replayed or discarded it; null while it is parked
 */
public record DeadLetterSummary(
        long id,
        String consumer,
        UUID eventId,
        String eventType,
        String aggregateId,
        DeadLetterStatus status,
        int attempts,
        Instant firstFailedAt,
        Instant lastFailedAt,
        String lastError,
        String resolvedBy,
        Instant resolvedAt) {
}
