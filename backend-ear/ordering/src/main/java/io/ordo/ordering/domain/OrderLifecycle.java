package io.ordo.ordering.domain;

import static io.ordo.ordering.domain.OrderStatus.CANCELLED;
import static io.ordo.ordering.domain.OrderStatus.CREATED;
import static io.ordo.ordering.domain.OrderStatus.EXPIRED;
import static io.ordo.ordering.domain.OrderStatus.FAILED;
import static io.ordo.ordering.domain.OrderStatus.PAID;
import static io.ordo.ordering.domain.OrderStatus.RESERVED;
import static io.ordo.ordering.domain.OrderStatus.SHIPPED;
import static io.ordo.ordering.domain.OrderStatus.VALIDATED;

import java.util.List;
import java.util.Optional;

/**
 * The order state machine as data: every legal transition, and nothing else. The aggregate
 * consults it for every move, and the API publishes it, so the documented machine and the code
 * cannot disagree.
 */
public final class OrderLifecycle {

    public record Transition(OrderStatus from, OrderAction action, OrderStatus to) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(CREATED, OrderAction.VALIDATE, VALIDATED),
            new Transition(CREATED, OrderAction.FAIL, FAILED),
            new Transition(VALIDATED, OrderAction.RESERVE, RESERVED),
            new Transition(VALIDATED, OrderAction.FAIL, FAILED),
            new Transition(VALIDATED, OrderAction.EXPIRE, EXPIRED),
            new Transition(RESERVED, OrderAction.PAY, PAID),
            new Transition(RESERVED, OrderAction.FAIL, FAILED),
            new Transition(RESERVED, OrderAction.EXPIRE, EXPIRED),
            new Transition(CREATED, OrderAction.CANCEL, CANCELLED),
            new Transition(VALIDATED, OrderAction.CANCEL, CANCELLED),
            new Transition(RESERVED, OrderAction.CANCEL, CANCELLED),
            new Transition(PAID, OrderAction.CANCEL, CANCELLED),
            new Transition(PAID, OrderAction.SHIP, SHIPPED),
            new Transition(FAILED, OrderAction.RETRY, CREATED),
            new Transition(EXPIRED, OrderAction.RETRY, CREATED));

    private OrderLifecycle() {
    }

    public static Optional<OrderStatus> next(OrderStatus from, OrderAction action) {
        return TRANSITIONS.stream()
                .filter(t -> t.from() == from && t.action() == action)
                .map(Transition::to)
                .findFirst();
    }

    /** The actions that are legal in this state, e.g. to offer them in a user interface. */
    public static List<OrderAction> actionsFrom(OrderStatus from) {
        return TRANSITIONS.stream().filter(t -> t.from() == from).map(Transition::action).distinct().toList();
    }
}
