package io.ordo.inventory.application;

import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.published.events.InventoryEvents;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.history.EventHistory;
import io.ordo.platform.migration.DatabaseMigrations;
import io.ordo.platform.outbox.Outbox;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Announces every product's stock level once, at the first start-up with no level announced
 * yet: stock put in place before that (the demo catalogue's, by a migration) would otherwise stay
 * unknown to whoever follows the announcements until it first moves. After that, levels are
 * announced as they change.
 */
@ApplicationScoped
public class StartingStockLevels {

    /** After the migrations (and the demo data), before the outbox relay starts. */
    static final int START_PRIORITY = DatabaseMigrations.PRIORITY + 500;

    private static final Logger LOG = Logger.getLogger(StartingStockLevels.class.getName());

    @Inject
    Stock stock;

    @Inject
    Outbox outbox;

    @Inject
    EventHistory history;

    @Transactional
    void announceOnce(@Observes @Priority(START_PRIORITY) Startup startup) {
        // Locked first: a server starting at the same moment waits here, then finds the announcements.
        Map<String, StockLevel> levels = stock.lockAllLevels();
        if (history.contains(InventoryEvents.STOCK_LEVEL_CHANGED)) {
            return;
        }
        levels.values().forEach(level -> outbox.add(new OutgoingEvent(InventoryEvents.STOCK_LEVEL_CHANGED,
                InventoryEvents.StockLevelChanged.AGGREGATE, level.sku(), 0,
                new InventoryEvents.StockLevelChanged(level.sku(), level.onHand(), level.reserved()))));
        LOG.info(() -> "Announced the starting stock level of " + levels.size() + " products");
    }
}
