package io.ordo.reporting.application;

import java.time.LocalDate;

/** Orders sold on one day in one currency (counted when they became PAID), and refunds that day. */
public record SalesDay(LocalDate day, String currency, long orders, long quantity, String revenue,
                       long refundedOrders, long refundedQuantity, String refunds, String netRevenue) {
}
