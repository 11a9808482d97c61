package io.ordo.reporting.application;

import io.ordo.reporting.domain.Generation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sales and payment outcomes per day, read from the live read models: one row per day and key,
 * so the cost follows the number of days asked for, never the number of orders.
 */
@ApplicationScoped
public class SalesReports {

    @Inject
    ReadModels readModels;

    @Inject
    ReportFreshness freshness;

    /** @param currency only this currency, or null for all */
    public Report<SalesDay> byDay(DateRange range, String currency) {
        return readModels.read(snapshot -> byDay(snapshot, range, currency));
    }

    private Report<SalesDay> byDay(ReadModelSnapshot snapshot, DateRange range, String currency) {
        Generation live = snapshot.live();
        List<Object[]> rows = rows(snapshot, """
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
    public Report<ProductSalesDay> byProduct(DateRange range, String currency, String sku) {
        return readModels.read(snapshot -> byProduct(snapshot, range, currency, sku));
    }

    private Report<ProductSalesDay> byProduct(ReadModelSnapshot snapshot, DateRange range, String currency, String sku) {
        Generation live = snapshot.live();
        List<Object[]> rows = rows(snapshot, """
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
    public Report<PaymentOutcomesDay> paymentOutcomes(DateRange range, String currency) {
        return readModels.read(snapshot -> paymentOutcomes(snapshot, range, currency));
    }

    private Report<PaymentOutcomesDay> paymentOutcomes(ReadModelSnapshot snapshot, DateRange range, String currency) {
        Generation live = snapshot.live();
        List<Object[]> rows = rows(snapshot, """
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
    private static List<Object[]> rows(ReadModelSnapshot snapshot, String sql, Generation live, DateRange range,
                                       String... filters) {
        Object[] parameters = Stream.concat(
                Stream.of(live.number(), Date.valueOf(range.from()), Date.valueOf(range.to())),
                Stream.of(filters)).toArray();
        return snapshot.rows(sql, parameters);
    }
}
