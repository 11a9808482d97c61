package io.ordo.client.model;

import java.math.BigDecimal;

/**
 * A product's stock as the stock report sees it, whether it is low, and how long it lasts.
 *
 * @param name the product's name as the last order for it gave it; null if none was seen
 * @param soldInPeriod units sold in the report's cover period
 * @param daysOfCover available units divided by the average daily sales of that period; null
 *                    when nothing was sold in it
 */
public record StockLevel(String sku, String name, int onHand, int reserved, int available, boolean lowStock,
                         long soldInPeriod, BigDecimal daysOfCover) {
}
