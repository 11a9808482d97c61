package io.ordo.inventory.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where products, stock levels, ledger movements and reservations are kept. */
public interface Stock {

    /** Locks the levels of these SKUs for the rest of the transaction, always in SKU order. */
    Map<String, StockLevel> lockLevels(Collection<String> skus);

    /** Locks the levels of every SKU, in SKU order, like {@link #lockLevels}. */
    Map<String, StockLevel> lockAllLevels();

    Optional<Reservation> reservation(UUID orderId);

    void add(Reservation reservation);

    void record(Collection<StockMovement> movements);
}
