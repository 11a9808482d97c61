package io.ordo.ordering.domain;

import java.util.UUID;
import java.util.stream.Collectors;

/** An action that the order's current state does not allow: never silently ignored. */
public class IllegalTransitionException extends RuntimeException {

    private final OrderStatus current;
    private final OrderAction attempted;

    public IllegalTransitionException(UUID orderId, OrderStatus current, OrderAction attempted) {
        super("Order " + orderId + " is " + current + "; it cannot " + attempted.verb() + " from there. "
                + allowedHint(current));
        this.current = current;
        this.attempted = attempted;
    }

    public OrderStatus current() {
        return current;
    }

    public OrderAction attempted() {
        return attempted;
    }

    private static String allowedHint(OrderStatus current) {
        var allowed = OrderLifecycle.actionsFrom(current);
        return allowed.isEmpty()
                ? current + " is final."
                : "Possible from " + current + ": " + allowed.stream().map(OrderAction::verb).collect(Collectors.joining(", ")) + ".";
    }
}
