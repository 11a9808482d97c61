package io.ordo.client.model;

import java.util.List;

/**
 * The order state machine as {@code GET /api/v1/orders/lifecycle} publishes it: every status and
 * every legal transition, straight from the table the server's orders obey.
 */
public record OrderLifecycle(
        OrderStatus initial, List<OrderStatus> states, List<OrderStatus> finalStates, List<Transition> transitions) {

    public OrderLifecycle {
        states = states == null ? List.of() : List.copyOf(states);
        finalStates = finalStates == null ? List.of() : List.copyOf(finalStates);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    /** One legal move: {@code action} (a verb such as {@code ship}) takes an order from {@code from} to {@code to}. */
    public record Transition(OrderStatus from, String action, OrderStatus to) {
    }
}
