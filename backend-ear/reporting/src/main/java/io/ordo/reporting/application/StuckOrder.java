package io.ordo.reporting.application;

import java.time.Instant;
import java.util.UUID;

/** An order not in a final state, and how long it has been in its current one. */
public record StuckOrder(UUID orderId, String status, Instant since, long secondsInStatus, String currency, String total) {
}
