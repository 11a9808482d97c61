package io.ordo.inventory.application;

/**
 * A product as admins manage it, with the same fields (and names) as a row of a catalogue import:
 * what an export writes can be imported again.
 */
public record ProductRecord(String sku, String name, String description, String price, String currency, boolean active,
                            int lowStockThreshold) {
}
