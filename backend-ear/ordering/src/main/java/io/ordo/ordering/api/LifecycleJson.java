package io.ordo.ordering.api;

import io.ordo.ordering.domain.OrderLifecycle;
import io.ordo.ordering.domain.OrderStatus;
import java.util.Arrays;
import java.util.List;

/** The order state machine as published by the API, straight from the table the aggregate obeys. */
public record LifecycleJson(String initial, List<String> states, List<String> finalStates, List<Transition> transitions) {

    public record Transition(String from, String action, String to) {
    }

    static LifecycleJson of() {
        List<String> states = Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
        List<String> finalStates = Arrays.stream(OrderStatus.values())
                .filter(status -> OrderLifecycle.actionsFrom(status).isEmpty()).map(Enum::name).toList();
        return new LifecycleJson(OrderStatus.CREATED.name(), states, finalStates, OrderLifecycle.TRANSITIONS.stream()
                .map(t -> new Transition(t.from().name(), t.action().verb(), t.to().name())).toList());
    }
}
