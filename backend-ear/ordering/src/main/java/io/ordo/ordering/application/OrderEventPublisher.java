package io.ordo.ordering.application;

import io.ordo.ordering.domain.Order;
import io.ordo.ordering.published.events.OrderEvents;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.logging.Logger;

/**
 * Announces an order's transition through the outbox, in the transaction that made it, and logs
 * it: one line per transition, carrying the correlation id of the request or event behind it, so
 * an order's whole way can be followed in the logs (no personal data: ids and states only).
 */
@ApplicationScoped
public class OrderEventPublisher {

    private static final Logger LOG = Logger.getLogger(OrderEventPublisher.class.getName());

    @Inject
    Outbox outbox;

    public void publish(Order order, String type, Object payload) {
        LOG.info(() -> "Order " + order.id() + " " + type + ", now " + order.status());
        outbox.add(new OutgoingEvent(type, OrderEvents.AGGREGATE, order.id().toString(), order.transitions(), payload));
    }

    /** Announces that the order entered the pipeline, placed or retried, with its total and lines. */
    public void publishCreated(Order order) {
        Currency currency = order.currency();
        publish(order, OrderEvents.CREATED, new OrderEvents.OrderCreated(order.id(), order.status().name(),
                currency.getCurrencyCode(), order.total().amount(),
                order.lines().stream().map(line -> new OrderEvents.OrderCreated.Line(line.sku(), line.productName(),
                        line.quantity(), line.unitPrice(currency).amount())).toList()));
    }

    /** The generic announcement for moves that carry no data beyond from, to and reason. */
    public void publishStatusChange(Order order, String type) {
        var last = order.history().get(order.history().size() - 1);
        publish(order, type, new OrderEvents.OrderStatusChanged(order.id(),
                last.from() == null ? null : last.from().name(), last.to().name(), last.reason()));
    }
}
