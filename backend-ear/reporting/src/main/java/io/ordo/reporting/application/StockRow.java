package io.ordo.reporting.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product's stock now, whether it is low, and how many days the available units last at the
 * pace of the recent sales.
 *
 * @param name         the product's name as the last order for it gave it; null if none was seen
 * @param soldInPeriod units sold in the last {@code coverDays} days
 * @param daysOfCover  available units divided by the average daily sales of that period; null when
 *                     nothing was sold in it
 */
@JsonbNillable
public record StockRow(String sku, @Schema(nullable = true) String name, int onHand, int reserved, int available, boolean lowStock,
                       long soldInPeriod, @Schema(nullable = true) BigDecimal daysOfCover) {
}
