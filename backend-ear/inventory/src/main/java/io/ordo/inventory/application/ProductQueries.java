package io.ordo.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** Reads the catalogue with availability for lists, in SKU order (keyset pagination). */
@ApplicationScoped
public class ProductQueries {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    public record ProductView(String sku, String name, String description, BigDecimal price, String currency,
                              int onHand, int reserved, boolean active) {
        public int available() {
            return onHand - reserved;
        }
    }

    /**
     * @param afterSku the last SKU of the previous page, or null for the first page
     * @param limit    at most this many products (one more is read to know if a next page exists)
     */
    public List<ProductView> page(String afterSku, int limit, boolean activeOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select p.sku, p.name, p.description, p.price_amount, p.currency,
                       coalesce(s.on_hand, 0), coalesce(s.reserved, 0), p.active
                from inventory.products p left join inventory.stock_levels s on s.sku = p.sku
                where (cast(?1 as varchar) is null or p.sku > cast(?1 as varchar))
                  and (p.active or not ?2)
                order by p.sku
                limit ?3
                """)
                .setParameter(1, afterSku)
                .setParameter(2, activeOnly)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new ProductView((String) r[0], (String) r[1], (String) r[2],
                (BigDecimal) r[3], ((String) r[4]).trim(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                (Boolean) r[7])).toList();
    }

    /** A page of the catalogue as admins manage it (every product), in SKU order. */
    public List<ProductRecord> records(String afterSku, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select sku, name, description, price_amount, currency, active, low_stock_threshold
                from inventory.products
                where cast(?1 as varchar) is null or sku > cast(?1 as varchar)
                order by sku
                limit ?2
                """)
                .setParameter(1, afterSku)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(ProductQueries::record).toList();
    }

    public java.util.Optional<ProductRecord> record(String sku) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select sku, name, description, price_amount, currency, active, low_stock_threshold
                from inventory.products where sku = ?1
                """)
                .setParameter(1, sku)
                .getResultList();
        return rows.stream().findFirst().map(ProductQueries::record);
    }

    private static ProductRecord record(Object[] row) {
        java.util.Currency currency = java.util.Currency.getInstance(((String) row[4]).trim());
        BigDecimal price = ((BigDecimal) row[3]).setScale(Math.max(currency.getDefaultFractionDigits(), 0),
                java.math.RoundingMode.HALF_EVEN);
        return new ProductRecord((String) row[0], (String) row[1], (String) row[2], price.toPlainString(),
                currency.getCurrencyCode(), (Boolean) row[5], ((Number) row[6]).intValue());
    }
}
