package io.ordo.client.model;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A whole order as {@code GET /api/v1/orders/{id}} returns it, history included. */
public record Order(
        UUID id,
        OrderStatus status,
        PaymentStatus paymentStatus,
        String failureReason,
        Customer customer,
        Currency currency,
        List<OrderLine> lines,
        Money total,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<StatusChange> history) {

    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
