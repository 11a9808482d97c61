package io.ordo.ordering.application;

import io.ordo.ordering.domain.Cause;
import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderStatus;
import io.ordo.ordering.domain.Orders;
import io.ordo.ordering.domain.Shipment;
import io.ordo.ordering.published.events.OrderEvents;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What people do to orders: cancel (storefronts before payment, staff also after, which
 * refunds), retry a failed or expired order, ship a paid one. Each command names the version
 * it saw (If-Match); an order that moved on meanwhile is refused rather than overwritten.
 */
@ApplicationScoped
public class OrderCommands {

    @Inject
    Orders orders;

    @Inject
    OrderEventPublisher events;

    @Inject
    OrderWorkflow workflow;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Order cancel(UUID orderId, Caller caller, OptionalLong expectedVersion, String reason) {
        Order order = lockFor(orderId, caller, expectedVersion);
        if (!caller.isStaff() && order.status() == OrderStatus.PAID) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "Order " + orderId
                    + " is PAID; a paid order can only be cancelled by Ordo staff, who refund it.");
        }
        order.cancel(cause(caller, reason == null ? "cancelled" : reason));
        events.publishStatusChange(order, OrderEvents.CANCELLED);
        return order;
    }

    @Transactional
    public Order retry(UUID orderId, Caller caller, OptionalLong expectedVersion, String reason) {
        Order order = lockFor(orderId, caller, expectedVersion);
        order.retry(cause(caller, reason == null ? "retried" : reason));
        events.publishCreated(order);
        workflow.validate(order);
        return order;
    }

    @Transactional
    public Order ship(UUID orderId, Caller caller, OptionalLong expectedVersion, Shipment shipment) {
        Order order = lockFor(orderId, caller, expectedVersion);
        order.ship(shipment, cause(caller, "shipped with " + shipment.carrier() + ", tracking " + shipment.trackingNumber()));
        events.publish(order, OrderEvents.SHIPPED,
                new OrderEvents.OrderShipped(order.id(), shipment.carrier(), shipment.trackingNumber()));
        return order;
    }

    private Order lockFor(UUID orderId, Caller caller, OptionalLong expectedVersion) {
        Order order = orders.lock(orderId)
                .filter(found -> caller.isStaff() || found.ownedBy(caller.name()))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no order " + orderId + " for you."));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != order.version()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "Order " + orderId + " changed since you read it"
                    + " (version " + expectedVersion.getAsLong() + ", now " + order.version() + ", " + order.status()
                    + "). Read it again and decide anew.");
        }
        return order;
    }

    private Cause cause(Caller caller, String reason) {
        return new Cause(caller.actor(), reason, clock.instant(), Correlation.current());
    }
}
