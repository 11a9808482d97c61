package io.ordo.reporting.application;

import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;

/**
 * Sales and payment outcomes per day, read from the live read models: one row per day and key,
 * so the cost follows the number of days asked for, never the number of orders.
 */
@ApplicationScoped
public class SalesReports {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    Generations generations;

    @Inject
    ReportFreshness freshness;

    /** @param currency only this currency, or null for all */
    @Transactional
    public Report<SalesDay> byDay(DateRange range, String currency) {
        Generation live = generations.live();
        List<Object[]> rows = rows("""
                select day, currency, orders, quantity, revenue, refunded_orders, refunded_quantity, refunds
                from reporting.sales_by_day
                where generation = ?1 and day between ?2 and ?3 and (cast(?4 as varchar) is null or currency = cast(?4 as varchar))
                order by day, currency
                """, live, range, currency);
        return Report.of(freshness.of(live), rows.stream().map(row -> {
            String code = (String) row[1];
            BigDecimal revenue = Rows.amount(row[4]);
            BigDecimal refunds = Rows.amount(row[7]);
            return new SalesDay(Rows.day(row[0]), code, Rows.count(row[2]), Rows.count(row[3]), Rows.money(revenue, code),
                    Rows.count(row[5]), Rows.count(row[6]), Rows.money(refunds, code),
                    Rows.money(revenue.subtract(refunds), code));
        }).toList());
    }

    /**
     * @param currency only this currency, or null for all
     * @param sku      only this product, or null for all
     */
    @Transactional
    public Report<ProductSalesDay> byProduct(DateRange range, String currency, String sku) {
        Generation live = generations.live();
        List<Object[]> rows = rows("""
                select s.day, s.sku, p.name, s.currency, s.orders, s.quantity, s.revenue,
                       s.refunded_orders, s.refunded_quantity, s.refunds
                from reporting.sales_by_product s
                left join reporting.products p on p.generation = s.generation and p.sku = s.sku
                where s.generation = ?1 and s.day between ?2 and ?3
                  and (cast(?4 as varchar) is null or s.currency = cast(?4 as varchar))
                  and (cast(?5 as varchar) is null or s.sku = cast(?5 as varchar))
                order by s.day, s.sku, s.currency
                """, live, range, currency, sku);
        return Report.of(freshness.of(live), rows.stream().map(row -> {
            String code = (String) row[3];
            return new ProductSalesDay(Rows.day(row[0]), (String) row[1], (String) row[2], code, Rows.count(row[4]),
                    Rows.count(row[5]), Rows.money(Rows.amount(row[6]), code), Rows.count(row[7]), Rows.count(row[8]),
                    Rows.money(Rows.amount(row[9]), code));
        }).toList());
    }

    /** @param currency only this currency, or null for all */
    @Transactional
    public Report<PaymentOutcomesDay> paymentOutcomes(DateRange range, String currency) {
        Generation live = generations.live();
        List<Object[]> rows = rows("""
                select day, currency, outcome, payments, amount
                from reporting.payment_outcomes_by_day
                where generation = ?1 and day between ?2 and ?3 and (cast(?4 as varchar) is null or currency = cast(?4 as varchar))
                order by day, currency, outcome
                """, live, range, currency);
        return Report.of(freshness.of(live), rows.stream().map(row -> {
            String code = (String) row[1];
            return new PaymentOutcomesDay(Rows.day(row[0]), code, (String) row[2], Rows.count(row[3]),
                    Rows.money(Rows.amount(row[4]), code));
        }).toList());
    }

    /** Runs a report query whose parameters are the generation, the first and last day, then the filters. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Generation live, DateRange range, String... filters) {
        Query query = entityManager.createNativeQuery(sql)
                .setParameter(1, live.number())
                .setParameter(2, Date.valueOf(range.from()))
                .setParameter(3, Date.valueOf(range.to()));
        for (int i = 0; i < filters.length; i++) {
            query.setParameter(4 + i, filters[i]);
        }
        return query.getResultList();
    }
}
