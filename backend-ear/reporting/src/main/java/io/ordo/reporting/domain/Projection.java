package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies facts, in the order given, to what the read models know of the orders and products
 * they mention, and tallies what the aggregate read models gain. A fact older than what was
 * applied for its order or product (a lower or equal version, or an earlier payment step) is a
 * redelivery or came late, and changes nothing. Days are UTC days.
 */
public final class Projection {

    private final Map<UUID, TrackedOrder> orders;
    private final Map<String, StockLevel> stock;
    private final Set<UUID> storedOrders;
    private final Set<String> storedStock;
    private final Map<UUID, TrackedOrder> changedOrders = new TreeMap<>();
    private final Map<String, StockLevel> changedStock = new TreeMap<>();
    private final Tally tally = new Tally();

    /**
     * @param knownOrders what is stored of the orders the facts are about
     * @param knownStock  what is stored of the products the facts are about
     */
    public Projection(Map<UUID, TrackedOrder> knownOrders, Map<String, StockLevel> knownStock) {
        this.orders = new HashMap<>(knownOrders);
        this.stock = new HashMap<>(knownStock);
        this.storedOrders = Set.copyOf(knownOrders.keySet());
        this.storedStock = Set.copyOf(knownStock.keySet());
    }

    /** @return false if the fact was old news and changed nothing */
    public boolean apply(Fact fact) {
        if (fact instanceof Fact.OrderMoved moved) {
            return orderMoved(moved);
        }
        if (fact instanceof Fact.PaymentSettled settled) {
            return paymentSettled(settled);
        }
        return stockCounted((Fact.StockCounted) fact);
    }

    private boolean orderMoved(Fact.OrderMoved moved) {
        TrackedOrder before = order(moved.orderId());
        if (moved.version() <= before.version()) {
            return false;
        }
        LocalDate day = dayOf(moved.at());
        TrackedOrder after = before.knowing(moved.terms()).movedTo(moved.to(), moved.version(), moved.at());
        tally.moved(before.status(), moved.to(), day);
        if (moved.terms() != null) {
            tally.named(moved.terms().lines());
        }
        if (moved.to() == OrderStatus.PAID && after.soldOn() == null) {
            tally.sale(day, after.currencyOrUnknown(), after.totalOrZero(), after.lines());
            after = after.soldOn(day);
        }
        changed(after);
        return true;
    }

    private boolean paymentSettled(Fact.PaymentSettled settled) {
        TrackedOrder before = order(settled.orderId());
        if (!before.isNewPaymentOutcome(settled.attempt(), settled.outcome())) {
            return false;
        }
        LocalDate day = dayOf(settled.at());
        // A capture names the currency and amount even of an order whose creation event did not.
        TrackedOrder after = before.currency() == null && settled.currency() != null
                ? before.knowing(new OrderTerms(settled.currency(), settled.amount(), List.of()))
                : before;
        BigDecimal amount = settled.amount() != null ? settled.amount() : after.totalOrZero();
        tally.paymentOutcome(day, after.currencyOrUnknown(), settled.outcome(), amount);
        after = after.paid(settled.attempt(), settled.outcome());
        if (settled.outcome() == PaymentOutcome.REFUNDED && after.soldOn() != null && after.refundedOn() == null) {
            tally.refund(day, after.currencyOrUnknown(), amount, after.lines());
            after = after.refundedOn(day);
        }
        changed(after);
        return true;
    }

    private boolean stockCounted(Fact.StockCounted counted) {
        StockLevel before = stock.get(counted.sku());
        if (before != null && counted.version() <= before.version()) {
            return false;
        }
        StockLevel after = new StockLevel(counted.sku(), counted.onHand(), counted.reserved(), counted.version(), counted.at());
        stock.put(after.sku(), after);
        changedStock.put(after.sku(), after);
        return true;
    }

    private TrackedOrder order(UUID id) {
        return orders.getOrDefault(id, TrackedOrder.unseen(id));
    }

    private void changed(TrackedOrder order) {
        orders.put(order.id(), order);
        changedOrders.put(order.id(), order);
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Orders the read models did not hold before, in id order. */
    public List<TrackedOrder> newOrders() {
        return changedOrders.values().stream().filter(order -> !storedOrders.contains(order.id())).toList();
    }

    /** Orders the read models held and that changed, in id order. */
    public List<TrackedOrder> updatedOrders() {
        return changedOrders.values().stream().filter(order -> storedOrders.contains(order.id())).toList();
    }

    /** Stock levels of products the read models did not hold before, in SKU order. */
    public List<StockLevel> newStock() {
        return changedStock.values().stream().filter(level -> !storedStock.contains(level.sku())).toList();
    }

    /** Stock levels the read models held and that changed, in SKU order. */
    public List<StockLevel> updatedStock() {
        return changedStock.values().stream().filter(level -> storedStock.contains(level.sku())).toList();
    }

    public Tally tally() {
        return tally;
    }
}
