package io.ordo.inventory.infrastructure;

import io.ordo.inventory.domain.Reservation;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.domain.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaStock implements Stock {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Map<String, StockLevel> lockLevels(Collection<String> skus) {
        // Locking in SKU order means two orders over the same products can never deadlock.
        return entityManager.createQuery("select s from StockLevel s where s.sku in :skus order by s.sku", StockLevel.class)
                .setParameter("skus", new TreeSet<>(skus))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // One "select ... order by sku for update", not a lock per row afterwards: the
                // rows must be locked in SKU order for the no-deadlock guarantee to hold.
                .setHint("hibernate.query.followOnLocking", false)
                .getResultStream()
                .collect(Collectors.toMap(StockLevel::sku, Function.identity()));
    }

    @Override
    public Map<String, StockLevel> lockAllLevels() {
        return entityManager.createQuery("select s from StockLevel s order by s.sku", StockLevel.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("hibernate.query.followOnLocking", false)
                .getResultStream()
                .collect(Collectors.toMap(StockLevel::sku, Function.identity()));
    }

    @Override
    public Optional<Reservation> reservation(UUID orderId) {
        return Optional.ofNullable(entityManager.find(Reservation.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Reservation reservation) {
        entityManager.persist(reservation);
    }

    @Override
    public void record(Collection<StockMovement> movements) {
        movements.forEach(entityManager::persist);
    }
}
