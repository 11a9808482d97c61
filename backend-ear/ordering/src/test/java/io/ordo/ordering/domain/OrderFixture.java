package io.ordo.ordering.domain;

import io.ordo.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Builds orders in a given state the way the pipeline would have moved them there. */
final class OrderFixture {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private OrderFixture() {
    }

    static Cause bySystem(String reason) {
        return new Cause(Cause.SYSTEM, reason, NOW, "corr-1");
    }

    static Order placed() {
        return Order.place(UUID.randomUUID(), "shop-1", new SealedCustomer(UUID.randomUUID(), "sealed", "email-hash", "terms"),
                Currency.getInstance("EUR"),
                List.of(new OrderLine("KB-001", "Keyboard", 2, Money.of("49.90", "EUR")),
                        new OrderLine("MS-002", "Mouse", 1, Money.of("0.20", "EUR"))),
                "tok_visa", new Cause("storefront:shop-1", null, NOW, "corr-1"));
    }

    static Order in(OrderStatus status) {
        Order order = placed();
        switch (status) {
            case CREATED -> { }
            case VALIDATED -> order.validate(bySystem(null));
            case RESERVED -> { order.validate(bySystem(null)); order.reserve(NOW.plusSeconds(900), bySystem(null)); }
            case PAID -> { order.validate(bySystem(null)); order.reserve(NOW.plusSeconds(900), bySystem(null)); order.pay(bySystem(null)); }
            case SHIPPED -> { order.validate(bySystem(null)); order.reserve(NOW.plusSeconds(900), bySystem(null)); order.pay(bySystem(null));
                order.ship(new Shipment("DHL", "JD0001"), bySystem(null)); }
            case FAILED -> order.fail(bySystem("validation failed"));
            case EXPIRED -> { order.validate(bySystem(null)); order.expire(bySystem(null)); }
            case CANCELLED -> order.cancel(bySystem("changed my mind"));
            default -> throw new IllegalArgumentException(status.name());
        }
        return order;
    }
}
