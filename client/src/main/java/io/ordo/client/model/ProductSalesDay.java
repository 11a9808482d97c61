package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One product's sales on one day in one currency, and its refunds that day. */
public record ProductSalesDay(
        LocalDate day,
        String sku,
        String name,
        String currency,
        long orders,
        long quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
        long refundedOrders,
        long refundedQuantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunds) {
}
