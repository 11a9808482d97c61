package io.ordo.client.model;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A whole order as {@code GET /api/v1/orders/{id}} returns it, history included.
 *
 * @param reservedUntil when its stock reservation runs out unless paid: the deadline of a RESERVED
 *        order (the server keeps it afterwards); null before stock was reserved
 * @param shipment carrier and tracking number once it has shipped, else null
 * @param actions what people may do to it now ({@code cancel}, {@code retry}, {@code ship}), as
 *        the server's state machine says; empty in a final state
 * @param version what changes must name in If-Match, so a change made meanwhile is not overwritten
 */
public record Order(
        UUID id,
        OrderStatus status,
        PaymentStatus paymentStatus,
        String failureReason,
        Customer customer,
        Currency currency,
        List<OrderLine> lines,
        Money total,
        Instant reservedUntil,
        Shipment shipment,
        List<String> actions,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<StatusChange> history) {

    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
        actions = actions == null ? List.of() : List.copyOf(actions);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Whether the server offers {@code action} (e.g. {@code "ship"}) in the order's current state. */
    public boolean allows(String action) {
        return actions.contains(action);
    }
}
