package io.ordo.client.model;

/**
 * One product's stock as inventory keeps it: on hand, reserved for orders, available to sell, and
 * whether that is at or below its low-stock threshold. {@code version} is what an adjustment
 * names to be refused if the level moved meanwhile.
 */
public record ProductStock(String sku, String name, boolean active, int onHand, int reserved, int available,
                           int lowStockThreshold, boolean lowStock, long version) {
}
