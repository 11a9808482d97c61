package io.ordo.platform.history;

import io.ordo.platform.events.EventEnvelope;

/**
 * An event as the history keeps it: the envelope and its position, which grows with every event
 * written, so a reader can say how far it has read.
 */
public record RecordedEvent(long position, EventEnvelope envelope) {
}
