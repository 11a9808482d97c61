package io.ordo.ordering.domain;

import java.util.Optional;
import java.util.UUID;

/** Where orders are kept. */
public interface Orders {

    /** The order, locked against concurrent changes for the rest of the transaction. */
    Optional<Order> lock(UUID id);

    void add(Order order);

    /** The order's status as committed, without loading or locking it; empty for an unknown order. */
    Optional<OrderStatus> statusOf(UUID id);
}
