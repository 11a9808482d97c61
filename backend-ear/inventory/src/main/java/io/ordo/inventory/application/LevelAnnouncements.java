package io.ordo.inventory.application;

import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.published.events.InventoryEvents;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Announces a product's stock level through the outbox, in the transaction that changed it. */
@ApplicationScoped
class LevelAnnouncements {

    @Inject
    Outbox outbox;

    /** @param position the ledger position of the change: the event's version, which only grows per SKU */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(StockLevel level, long position) {
        outbox.add(new OutgoingEvent(InventoryEvents.STOCK_LEVEL_CHANGED, InventoryEvents.StockLevelChanged.AGGREGATE,
                level.sku(), position, new InventoryEvents.StockLevelChanged(level.sku(), level.onHand(), level.reserved())));
    }
}
