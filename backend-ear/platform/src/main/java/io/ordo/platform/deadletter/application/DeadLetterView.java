package io.ordo.platform.deadletter.application;

import io.ordo.platform.deadletter.DeadLetterStatus;
import java.time.Instant;
import java.util.UUID;

/** One dead letter in full, with the message exactly as the consumer received it. */
public record DeadLetterView(long id, String consumer, UUID eventId, String eventType, String aggregateId,
                             DeadLetterStatus status, int attempts, Instant firstFailedAt, Instant lastFailedAt,
                             String lastError, String resolvedBy, Instant resolvedAt, String message) {
}
