package io.ordo.inventory.application;

import java.time.Instant;
import java.util.List;

/** What a reconciliation of the stock levels with the ledger found, and whether it repaired the drift. */
public record ReconciliationReport(Instant checkedAt, int productsChecked, boolean repair, int drifted, int repaired,
                                   List<StockDrift> drift) {

    public ReconciliationReport {
        drift = List.copyOf(drift);
    }
}
