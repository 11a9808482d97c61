package io.ordo.reporting.domain;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Where the read models of each generation are kept. */
public interface ProjectionStore {

    /** What the generation holds of these orders, locked against other writers until the transaction ends. */
    Map<UUID, TrackedOrder> lockOrders(int generation, Collection<UUID> ids);

    /** What the generation holds of these products' stock, locked like {@link #lockOrders}. */
    Map<String, StockLevel> lockStock(int generation, Collection<String> skus);

    /**
     * Stores what the projection changed and adds its tally to the generation's figures.
     *
     * @throws ConcurrentProjectionException if another writer stored one of its new orders or
     *                                       products first; the transaction must be retried
     */
    void save(int generation, Projection projection);

    /** Deletes the read models of every generation but these. */
    void discardAllBut(Collection<Integer> kept);
}
