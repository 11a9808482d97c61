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

    Optional<Product> product(String sku);

    /** A new product with its (empty) stock level. */
    void add(Product product, StockLevel level);

    /** What the ledger adds up to for every SKU that has movements. */
    Map<String, LedgerFigures> ledgerFigures();

    /** The units held by active reservations, per SKU. */
    Map<String, Integer> heldByActiveReservations();

    /**
     * A position after every movement recorded so far and before any recorded later: the version
     * of a level announced without a movement of its own (a new product, a repair).
     */
    long nextLedgerPosition();
}
