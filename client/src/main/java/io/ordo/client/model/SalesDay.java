package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales of one day in one currency: orders counted on the day they became PAID, refunds on the
 * day they were refunded. Amounts are in {@code currency}.
 */
public record SalesDay(
        LocalDate day,
        String currency,
        long orders,
        long quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
        long refundedOrders,
        long refundedQuantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunds,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netRevenue) {
}
