package io.ordo.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads stock levels (in SKU order) and ledgers (newest first) for lists and exports, keyset-paged. */
@ApplicationScoped
public class StockQueries {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /**
     * @param afterSku the last SKU of the previous page, or null for the first page
     * @param limit    at most this many levels (ask for one more to know whether a next page exists)
     * @param lowOnly  only products at or below their low-stock threshold
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StockLevelView> levels(String afterSku, int limit, boolean lowOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select p.sku, p.name, p.active, coalesce(s.on_hand, 0), coalesce(s.reserved, 0),
                       p.low_stock_threshold, coalesce(s.version, 0)
                from inventory.products p left join inventory.stock_levels s on s.sku = p.sku
                where (cast(?1 as varchar) is null or p.sku > cast(?1 as varchar))
                  and (not ?2 or coalesce(s.on_hand, 0) - coalesce(s.reserved, 0) <= p.low_stock_threshold)
                order by p.sku
                limit ?3
                """)
                .setParameter(1, afterSku)
                .setParameter(2, lowOnly)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(StockQueries::level).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StockLevelView> level(String sku) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select p.sku, p.name, p.active, coalesce(s.on_hand, 0), coalesce(s.reserved, 0),
                       p.low_stock_threshold, coalesce(s.version, 0)
                from inventory.products p left join inventory.stock_levels s on s.sku = p.sku
                where p.sku = ?1
                """)
                .setParameter(1, sku)
                .getResultList();
        return rows.stream().findFirst().map(StockQueries::level);
    }

    /**
     * @param beforeId the last movement id of the previous page, or null for the newest movements
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> ledger(String sku, Long beforeId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, movement, quantity, order_id, reason, note, actor, recorded_at
                from inventory.stock_ledger
                where sku = ?1 and (cast(?2 as bigint) is null or id < cast(?2 as bigint))
                order by id desc
                limit ?3
                """)
                .setParameter(1, sku)
                .setParameter(2, beforeId)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(row -> new LedgerEntry(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).intValue(), (UUID) row[3], (String) row[4], (String) row[5], (String) row[6],
                instant(row[7]))).toList();
    }

    private static StockLevelView level(Object[] row) {
        return StockLevelView.of((String) row[0], (String) row[1], (Boolean) row[2], ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), ((Number) row[6]).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
