package io.ordo.client.model;

import java.time.Instant;
import java.util.UUID;

/** One row of an order list: enough to find an order, not its lines or history. */
public record OrderSummary(
        UUID id,
        OrderStatus status,
        PaymentStatus paymentStatus,
        String customerName,
        Money total,
        Instant createdAt,
        Instant updatedAt) {
}
