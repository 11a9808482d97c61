package io.ordo.console.orders;

import io.ordo.client.model.OrderSummary;
import io.ordo.console.common.Formats;

import java.time.ZoneId;
import java.util.UUID;

/** One order as the table shows it, every cell already text. */
public record OrderRow(UUID id, String status, String customer, String total, String updated) {

    static OrderRow of(OrderSummary order, ZoneId zone) {
        return new OrderRow(order.id(), order.status().name(), order.customerName(),
                order.total() == null ? "" : order.total().toString(), Formats.dateTime(order.updatedAt(), zone));
    }
}
