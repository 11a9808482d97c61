package io.ordo.inventory.application;

/**
 * One product's stock as staff see it: on hand, reserved for orders, available to sell, and
 * whether that is at or below the product's low-stock threshold. {@code version} is its ETag.
 */
public record StockLevelView(String sku, String name, boolean active, int onHand, int reserved, int available,
                             int lowStockThreshold, boolean lowStock, long version) {

    static StockLevelView of(String sku, String name, boolean active, int onHand, int reserved, int threshold, long version) {
        int available = onHand - reserved;
        return new StockLevelView(sku, name, active, onHand, reserved, available, threshold, available <= threshold, version);
    }
}
