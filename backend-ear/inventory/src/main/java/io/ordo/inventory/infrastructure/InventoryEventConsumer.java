package io.ordo.inventory.infrastructure;

import io.ordo.inventory.application.StockReservations;
import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.inbox.EventHandler;
import io.ordo.platform.inbox.InboundEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Inventory's reactions to ordering's events: reserve stock for a validated order, give it back
 * when an order fails, is cancelled or expires, let it go when the order ships. Payloads are read into inventory's own records
 * (a tolerant reader): the contexts share event names and fields, not classes.
 */
@ApplicationScoped
public class InventoryEventConsumer {

    static final String CONSUMER = "inventory";

    @Inject
    InboundEvents inbound;

    @Inject
    StockReservations reservations;

    public record OrderToReserve(UUID orderId, List<Line> lines) {
        public record Line(String sku, int quantity) {
        }

        Map<String, Integer> quantities() {
            return lines.stream().collect(Collectors.toMap(Line::sku, Line::quantity, Integer::sum));
        }
    }

    public record AboutOrder(UUID orderId) {
    }

    private final EventHandler handler = EventHandler.byType(Map.of(
            "OrderValidated", event -> {
                OrderToReserve order = event.payloadAs(OrderToReserve.class);
                reservations.reserveFor(order.orderId(), event.aggregateVersion(), order.quantities());
            },
            "OrderFailed", this::release,
            "OrderCancelled", this::release,
            "OrderExpired", this::release,
            "OrderShipped", event -> reservations.shipFor(event.payloadAs(AboutOrder.class).orderId(), event.aggregateVersion())));

    void register(@Observes Startup startup) {
        inbound.register(CONSUMER, handler);
    }

    @Incoming("inventory")
    public CompletionStage<Void> receive(Message<String> message) {
        return inbound.accept(CONSUMER, message);
    }

    private void release(EventEnvelope event) {
        reservations.releaseFor(event.payloadAs(AboutOrder.class).orderId(), event.aggregateVersion());
    }
}
