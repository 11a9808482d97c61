package io.ordo.inventory.application;

/**
 * A product whose recorded stock level disagrees with what its ledger adds up to, or whose
 * reserved figure disagrees with the active reservations. {@code repaired} tells whether the
 * level was set back to the ledger's figures.
 */
public record StockDrift(String sku, int recordedOnHand, int recordedReserved, int ledgerOnHand, int ledgerReserved,
                         int heldByReservations, boolean repaired, String note) {
}
