package io.ordo.inventory.api;

import io.ordo.inventory.application.StockInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the stock resources. */
final class StockRequests {

    private StockRequests() {
    }

    /** An adjustment: signed {@code change}, required {@code reason}, optional {@code note}. */
    public record AdjustStock(
            @Schema(required = true, description = "units in (positive) or out (negative), never 0",
                    minimum = "-" + StockInput.MAX_QUANTITY, maximum = "" + StockInput.MAX_QUANTITY) Integer change,
            @Schema(required = true, maxLength = StockInput.MAX_REASON) String reason,
            @Schema(maxLength = StockInput.MAX_NOTE) String note) {
    }
}
