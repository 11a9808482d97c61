package io.ordo.inventory.infrastructure;

import io.ordo.inventory.domain.LedgerFigures;
import io.ordo.inventory.domain.Product;
import io.ordo.inventory.domain.Reservation;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.domain.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
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

    /**
     * Locks the row first, then loads the reservation with its lines: a find with a lock mode
     * would load it joined with its lines and then lock it in a second statement (Hibernate's
     * follow-on locking, with a warning logged for every reservation).
     */
    @Override
    public Optional<Reservation> reservation(UUID orderId) {
        boolean exists = !entityManager.createNativeQuery("select order_id from inventory.reservations where order_id = ?1 for update")
                .setParameter(1, orderId)
                .getResultList()
                .isEmpty();
        return exists ? Optional.ofNullable(entityManager.find(Reservation.class, orderId)) : Optional.empty();
    }

    @Override
    public void add(Reservation reservation) {
        entityManager.persist(reservation);
    }

    @Override
    public void record(Collection<StockMovement> movements) {
        movements.forEach(entityManager::persist);
    }

    @Override
    public Optional<Product> product(String sku) {
        return Optional.ofNullable(entityManager.find(Product.class, sku));
    }

    @Override
    public void add(Product product, StockLevel level) {
        entityManager.persist(product);
        entityManager.flush();
        entityManager.persist(level);
    }

    @Override
    public Map<String, LedgerFigures> ledgerFigures() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select sku,
                       coalesce(sum(quantity) filter (where movement = 'RECEIVED'), 0),
                       coalesce(sum(quantity) filter (where movement = 'ADJUSTED'), 0),
                       coalesce(sum(quantity) filter (where movement = 'RESERVED'), 0),
                       coalesce(sum(quantity) filter (where movement = 'RELEASED'), 0),
                       coalesce(sum(quantity) filter (where movement = 'SHIPPED'), 0)
                from inventory.stock_ledger group by sku
                """).getResultList();
        Map<String, LedgerFigures> figures = new TreeMap<>();
        for (Object[] row : rows) {
            figures.put((String) row[0], LedgerFigures.of(number(row[1]), number(row[2]), number(row[3]),
                    number(row[4]), number(row[5])));
        }
        return figures;
    }

    @Override
    public Map<String, Integer> heldByActiveReservations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select l.sku, sum(l.quantity) from inventory.reservation_lines l
                join inventory.reservations r on r.order_id = l.order_id
                where r.status = 'ACTIVE' group by l.sku
                """).getResultList();
        Map<String, Integer> held = new TreeMap<>();
        rows.forEach(row -> held.put((String) row[0], Math.toIntExact(number(row[1]))));
        return held;
    }

    @Override
    public long nextLedgerPosition() {
        return ((Number) entityManager.createNativeQuery("select nextval(pg_get_serial_sequence('inventory.stock_ledger', 'id'))")
                .getSingleResult()).longValue();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
