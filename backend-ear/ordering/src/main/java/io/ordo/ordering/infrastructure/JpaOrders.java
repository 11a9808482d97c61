package io.ordo.ordering.infrastructure;

import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaOrders implements Orders {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Optional<Order> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Order.class, id));
    }

    @Override
    public Optional<Order> lock(UUID id) {
        return Optional.ofNullable(entityManager.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Order order) {
        entityManager.persist(order);
    }
}
