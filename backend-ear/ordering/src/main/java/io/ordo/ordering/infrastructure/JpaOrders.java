package io.ordo.ordering.infrastructure;

import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderStatus;
import io.ordo.ordering.domain.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaOrders implements Orders {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /**
     * Locks the row first, then loads the order. Finding with a lock mode would load the order
     * (joined with its lines) and lock it afterwards with a version check, which fails whenever
     * the pipeline moved the order in between; the lock must come first.
     */
    @Override
    public Optional<Order> lock(UUID id) {
        boolean exists = !entityManager.createNativeQuery("select id from ordering.orders where id = ?1 for update")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
        return exists ? Optional.ofNullable(entityManager.find(Order.class, id)) : Optional.empty();
    }

    @Override
    public void add(Order order) {
        entityManager.persist(order);
    }

    @Override
    public Optional<OrderStatus> statusOf(UUID id) {
        List<?> status = entityManager.createNativeQuery("select status from ordering.orders where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return status.stream().findFirst().map(name -> OrderStatus.valueOf(name.toString()));
    }
}
