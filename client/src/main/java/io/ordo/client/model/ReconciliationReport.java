package io.ordo.client.model;

import java.time.Instant;
import java.util.List;

/** What a reconciliation of the stock levels with the ledger found, and what it repaired. */
public record ReconciliationReport(Instant checkedAt, int productsChecked, boolean repair, int drifted, int repaired,
                                   List<StockDrift> drift) {

    public ReconciliationReport {
        drift = drift == null ? List.of() : List.copyOf(drift);
    }
}
