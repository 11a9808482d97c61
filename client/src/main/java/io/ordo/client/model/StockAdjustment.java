package io.ordo.client.model;

/** The answer to an adjustment: the ledger position of its movement and the level after it. */
public record StockAdjustment(long movementId, ProductStock level) {
}
