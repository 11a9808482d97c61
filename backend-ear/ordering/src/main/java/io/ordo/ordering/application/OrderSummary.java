package io.ordo.ordering.application;

import io.ordo.platform.money.MoneyJson;
import java.time.Instant;
import java.util.UUID;

/** One row of an order list. */
public record OrderSummary(UUID id, String status, String paymentStatus, String customerName, MoneyJson total,
                           Instant createdAt, Instant updatedAt) {
}
