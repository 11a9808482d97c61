package io.ordo.inventory.application;

import java.time.Instant;
import java.util.UUID;

/**
 * One movement of a product's ledger: its position, kind, quantity (signed for adjustments), the
 * order it was for, or who made it by hand and why.
 */
public record LedgerEntry(long id, String movement, int quantity, UUID orderId, String reason, String note,
                          String actor, Instant recordedAt) {
}
