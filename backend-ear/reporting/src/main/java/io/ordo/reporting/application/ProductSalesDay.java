package io.ordo.reporting.application;

import java.time.LocalDate;

/** One product's sales on one day in one currency, and its refunds that day. */
public record ProductSalesDay(LocalDate day, String sku, String name, String currency, long orders, long quantity,
                              String revenue, long refundedOrders, long refundedQuantity, String refunds) {
}
