package io.ordo.ordering.application;

import io.ordo.inventory.published.Catalogue;
import io.ordo.inventory.published.CatalogueEntry;
import io.ordo.ordering.domain.Cause;
import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderAction;
import io.ordo.ordering.domain.OrderLifecycle;
import io.ordo.ordering.domain.OrderLine;
import io.ordo.ordering.domain.OrderStatus;
import io.ordo.ordering.domain.Orders;
import io.ordo.ordering.domain.PaymentStatus;
import io.ordo.ordering.published.events.OrderEvents;
import io.ordo.platform.events.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Moves orders along: validates new orders as they are placed or retried, then follows
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

    /** Microseconds, as PostgreSQL keeps them: an answer given from the order just changed shows what is stored. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /**
     * Validates an order that has just entered the pipeline, in the transaction that placed or
     * retried it, against the catalogue entries of its lines: one transaction and one hop fewer
     * than a step of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void validate(Order order, Map<String, CatalogueEntry> entries) {
        Optional<String> problem = validationProblem(order, entries);
        if (problem.isPresent()) {
            order.fail(systemCause("VALIDATION_FAILED: " + problem.get()));
            events.publishStatusChange(order, OrderEvents.FAILED);
        } else {
            order.validate(systemCause("lines, products and limits checked"));
            events.publish(order, OrderEvents.VALIDATED, new OrderEvents.OrderValidated(order.id(),
                    order.lines().stream().map(l -> new OrderEvents.OrderValidated.Line(l.sku(), l.quantity())).toList()));
        }
    }

    /** As above, reading the catalogue entries of the order's lines. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void validate(Order order) {
        validate(order, catalogue.entries(order.lines().stream().map(OrderLine::sku).toList()));
    }

    /**
     * For an order announced as created that is still waiting for validation: one placed by an
     * earlier version of Ordo, which validated in a step of its own. Orders placed or retried now
     * are validated already, and the announcement changes nothing for them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void validateIfWaiting(UUID orderId) {
        // A look at the status first: nearly always the order is past CREATED, and needs no lock.
        if (orders.statusOf(orderId).filter(OrderStatus.CREATED::equals).isPresent()) {
            orders.lock(orderId).filter(order -> order.status() == OrderStatus.CREATED).ifPresent(this::validate);
        }
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

    private static Optional<String> validationProblem(Order order, Map<String, CatalogueEntry> entries) {
        return order.lines().stream()
                .filter(line -> !entries.containsKey(line.sku()) || !entries.get(line.sku()).active())
                .findFirst()
                .map(line -> "product " + line.sku() + " is no longer sold");
    }

    private Cause systemCause(String reason) {
        return new Cause(Cause.SYSTEM, reason, clock.instant(), Correlation.current());
    }
}
