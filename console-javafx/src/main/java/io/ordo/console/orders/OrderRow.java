package io.ordo.console.orders;

import io.ordo.client.model.OrderSummary;
import io.ordo.console.common.Formats;
import io.ordo.console.common.StatusTone;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One order as the board shows it, every cell already text; {@code createdAt} keeps the server's
 * order (newest first) for merging live updates, {@code tone} the colour of the status badge.
 */
public record OrderRow(UUID id, String number, String status, StatusTone tone, String payment, String customer,
                       String total, String created, String updated, Instant createdAt) {

    static OrderRow of(OrderSummary order, ZoneId zone) {
        return new OrderRow(order.id(), Formats.shortId(order.id()), order.status().name(),
                StatusTone.of(order.status()), order.paymentStatus() == null ? "" : order.paymentStatus().toString(),
                order.customerName() == null ? "(personal data erased)" : order.customerName(),
                Formats.money(order.total()),
                Formats.dateTime(order.createdAt(), zone), Formats.dateTime(order.updatedAt(), zone), order.createdAt());
    }
}
