package io.ordo.console.deadletters;

import io.ordo.client.model.DeadLetterSummary;
import io.ordo.console.common.Formats;

import java.time.ZoneId;

/** One dead letter as its table shows it. */
public record DeadLetterRow(long id, String consumer, String eventType, String aggregate, String status,
                            String attempts, String lastFailed, String lastError) {

    static DeadLetterRow of(DeadLetterSummary letter, ZoneId zone) {
        return new DeadLetterRow(letter.id(), letter.consumer(), letter.eventType(),
                letter.aggregateId() == null ? "" : letter.aggregateId(), String.valueOf(letter.status()),
                Integer.toString(letter.attempts()), Formats.dateTime(letter.lastFailedAt(), zone),
                letter.lastError() == null ? "" : letter.lastError());
    }
}
