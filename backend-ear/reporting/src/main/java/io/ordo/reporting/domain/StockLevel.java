package io.ordo.reporting.domain;

import java.time.Instant;

/**
 * A product's stock as last counted by inventory.
 *
 * @param version orders the counts of one SKU: a count with a lower or equal version is old news
 */
public record StockLevel(String sku, int onHand, int reserved, long version, Instant countedAt) {

    public int available() {
        return onHand - reserved;
    }
}
