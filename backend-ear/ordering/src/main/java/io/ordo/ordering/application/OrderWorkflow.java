package io.ordo.ordering.application;

import io.ordo.inventory.published.Catalogue;
import io.ordo.inventory.published.CatalogueEntry;
import io.ordo.ordering.domain.Cause;
import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderAction;
import io.ordo.ordering.domain.OrderLifecycle;
import io.ordo.ordering.domain.OrderLine;
import io.ordo.ordering.domain.Orders;
import io.ordo.ordering.domain.PaymentStatus;
import io.ordo.ordering.published.events.OrderEvents;
import io.ordo.platform.events.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Moves orders along as the other contexts report back: validates new orders, then follows
 * inventory's and payments' events. Each step runs in the transaction of the event that caused it.
 * An event that arrives after the order has moved elsewhere (e.g. cancelled meanwhile) is stale
 * and is skipped with a log line, not treated as an error.
 */
@ApplicationScoped
public class OrderWorkflow {

    private static final Logger LOG = Logger.getLogger(OrderWorkflow.class.getName());

    @Inject
    Orders orders;

    @Inject
    Catalogue catalogue;

    @Inject
    OrderEventPublisher events;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void validate(UUID orderId) {
        ifStillPossible(orderId, OrderAction.VALIDATE, order -> {
            Optional<String> problem = validationProblem(order);
            if (problem.isPresent()) {
                order.fail(systemCause("VALIDATION_FAILED: " + problem.get()));
                events.publishStatusChange(order, OrderEvents.FAILED);
            } else {
                order.validate(systemCause("lines, products and limits checked"));
                events.publish(order, OrderEvents.VALIDATED, new OrderEvents.OrderValidated(order.id(),
                        order.lines().stream().map(l -> new OrderEvents.OrderValidated.Line(l.sku(), l.quantity())).toList()));
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stockReserved(UUID orderId, Instant reservedUntil) {
        ifStillPossible(orderId, OrderAction.RESERVE, order -> {
            order.reserve(reservedUntil, systemCause("stock reserved for every line until " + reservedUntil));
            events.publish(order, OrderEvents.RESERVED, new OrderEvents.OrderReserved(order.id(),
                    order.total().amount(), order.total().currencyCode(), order.paymentMethod()));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stockRejected(UUID orderId, String sku, int requested, int available) {
        ifStillPossible(orderId, OrderAction.FAIL, order -> {
            order.fail(systemCause("OUT_OF_STOCK: " + sku + " has " + available + " available, " + requested + " ordered"));
            events.publishStatusChange(order, OrderEvents.FAILED);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentCaptured(UUID orderId) {
        ifStillPossible(orderId, OrderAction.PAY, order -> {
            order.pay(systemCause("payment captured"));
            events.publishStatusChange(order, OrderEvents.PAID);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentDeclined(UUID orderId, String declineReason) {
        ifStillPossible(orderId, OrderAction.FAIL, order -> {
            order.paymentDeclined(systemCause("PAYMENT_DECLINED: " + declineReason));
            events.publishStatusChange(order, OrderEvents.FAILED);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentInProgress(UUID orderId, PaymentStatus status) {
        orders.lock(orderId).ifPresent(order -> order.paymentInProgress(status, clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentVoided(UUID orderId) {
        orders.lock(orderId).ifPresent(order -> order.paymentVoided(clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentRefunded(UUID orderId) {
        orders.lock(orderId).ifPresent(order -> order.paymentRefunded(clock.instant()));
    }

    private void ifStillPossible(UUID orderId, OrderAction action, Consumer<Order> step) {
        Optional<Order> found = orders.lock(orderId);
        if (found.isEmpty()) {
            LOG.warning(() -> "Event for unknown order " + orderId + " ignored");
            return;
        }
        Order order = found.get();
        if (OrderLifecycle.next(order.status(), action).isEmpty()) {
            LOG.info(() -> "Order " + orderId + " is " + order.status() + "; stale event to " + action.verb() + " skipped");
            return;
        }
        step.accept(order);
    }

    private Optional<String> validationProblem(Order order) {
        Map<String, CatalogueEntry> entries = catalogue.entries(order.lines().stream().map(OrderLine::sku).toList());
        return order.lines().stream()
                .filter(line -> !entries.containsKey(line.sku()) || !entries.get(line.sku()).active())
                .findFirst()
                .map(line -> "product " + line.sku() + " is no longer sold");
    }

    private Cause systemCause(String reason) {
        return new Cause(Cause.SYSTEM, reason, clock.instant(), Correlation.current());
    }
}
