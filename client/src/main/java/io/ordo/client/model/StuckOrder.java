package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order not in a final state, and how long it has been in its current one.
 *
 * @param since when it entered {@code status}
 */
public record StuckOrder(
        UUID orderId,
        OrderStatus status,
        Instant since,
        long secondsInStatus,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {
}
