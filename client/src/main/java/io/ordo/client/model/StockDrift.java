package io.ordo.client.model;

/**
 * A product whose recorded level disagrees with what its ledger adds up to (or whose reserved
 * figure disagrees with the active reservations), and whether it was repaired.
 */
public record StockDrift(String sku, int recordedOnHand, int recordedReserved, int ledgerOnHand, int ledgerReserved,
                         int heldByReservations, boolean repaired, String note) {
}
