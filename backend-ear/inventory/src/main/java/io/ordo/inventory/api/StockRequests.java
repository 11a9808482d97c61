package io.ordo.inventory.api;

/** Request bodies of the stock resources. */
final class StockRequests {

    private StockRequests() {
    }

    /** An adjustment: signed {@code change}, required {@code reason}, optional {@code note}. */
    public record AdjustStock(Integer change, String reason, String note) {
    }
}
