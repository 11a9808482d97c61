package io.ordo.ordering.application;

import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderAction;
import io.ordo.ordering.domain.OrderLifecycle;
import io.ordo.ordering.domain.OrderStatus;
import io.ordo.ordering.domain.StatusChange;
import io.ordo.platform.money.Money;
import io.ordo.platform.money.MoneyJson;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as its readers see it: status, payment, lines, totals and the full history. */
public record OrderView(UUID id, String status, String paymentStatus, String failureReason, Customer customer,
                        String currency, List<Line> lines, MoneyJson total, Instant reservedUntil, Shipment shipment,
                        List<String> actions, Instant createdAt, Instant updatedAt, long version,
                        List<Transition> history) {

    /** The commands people can give an order in its current state. */
    private static final List<OrderAction> PEOPLES_ACTIONS = List.of(OrderAction.CANCEL, OrderAction.RETRY, OrderAction.SHIP);

    public record Shipment(String carrier, String trackingNumber) {
    }

    /** The customer's personal data; all {@code null} and {@code erased} once it was erased. */
    public record Customer(String name, String email, String phone, String address, boolean erased) {

        static Customer of(java.util.Optional<PlaceOrder.CustomerDetails> details) {
            return details.map(d -> new Customer(d.name(), d.email(), d.phone(), d.address(), false))
                    .orElse(new Customer(null, null, null, null, true));
        }
    }

    public record Line(String sku, String name, int quantity, MoneyJson unitPrice, MoneyJson lineTotal) {

        static Line of(String sku, String name, int quantity, Money unitPrice) {
            return new Line(sku, name, quantity, MoneyJson.of(unitPrice), MoneyJson.of(unitPrice.times(quantity)));
        }
    }

    public record Transition(String from, String to, String actor, String reason, Instant at, String correlationId) {
    }

    static OrderView of(Order order, java.util.Optional<PlaceOrder.CustomerDetails> customer) {
        var currency = order.currency();
        return new OrderView(order.id(), order.status().name(), order.paymentStatus().name(), order.failureReason(),
                Customer.of(customer),
                currency.getCurrencyCode(),
                order.lines().stream().map(line -> Line.of(line.sku(), line.productName(), line.quantity(),
                        line.unitPrice(currency))).toList(),
                MoneyJson.of(order.total()), order.reservedUntil(),
                order.shipment().map(s -> new Shipment(s.carrier(), s.trackingNumber())).orElse(null),
                actionsFrom(order.status()),
                order.createdAt(), order.updatedAt(), order.version(),
                order.history().stream().map(OrderView::transition).toList());
    }

    /** The commands people can give an order in {@code status}, by their verbs. */
    static List<String> actionsFrom(OrderStatus status) {
        return OrderLifecycle.actionsFrom(status).stream().filter(PEOPLES_ACTIONS::contains).map(OrderAction::verb).toList();
    }

    private static Transition transition(StatusChange change) {
        return new Transition(change.from() == null ? null : change.from().name(), change.to().name(),
                change.actor(), change.reason(), change.at(), change.correlationId());
    }
}
