package io.ordo.client.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One dead letter in full, as {@code GET /api/v1/admin/dead-letters/{id}} returns it: the fields
 * of {@link DeadLetterSummary} plus the message exactly as the consumer received it.
 */
public record DeadLetter(
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
        Instant resolvedAt,
        String message) {
}
