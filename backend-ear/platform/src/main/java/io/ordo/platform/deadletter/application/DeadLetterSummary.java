package io.ordo.platform.deadletter.application;

import io.ordo.platform.deadletter.DeadLetterStatus;
import java.time.Instant;
import java.util.UUID;

/** One row of the dead-letter list: what failed where, why, and what became of it; without the message. */
public record DeadLetterSummary(long id, String consumer, UUID eventId, String eventType, String aggregateId,
                                DeadLetterStatus status, int attempts, Instant firstFailedAt, Instant lastFailedAt,
                                String lastError, String resolvedBy, Instant resolvedAt) {
}
