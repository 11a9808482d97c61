package io.ordo.client.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One movement of a product's stock ledger: RECEIVED, RESERVED, RELEASED, SHIPPED or ADJUSTED
 * (signed quantity), with the order it was for, or who made it by hand and why.
 */
public record LedgerEntry(long id, String movement, int quantity, UUID orderId, String reason, String note, String actor,
                          Instant recordedAt) {
}
