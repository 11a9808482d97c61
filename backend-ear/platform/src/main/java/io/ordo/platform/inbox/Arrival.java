package io.ordo.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.ordo.platform.events.EventEnvelope;

/**
 * An event as a consumer received it, on its way into a batch: the message as sent (what a failure
 * is counted against), whether the broker delivered it before, and the span of its processing.
 */
record Arrival(EventEnvelope event, String message, boolean redelivered, Span span) {
}
