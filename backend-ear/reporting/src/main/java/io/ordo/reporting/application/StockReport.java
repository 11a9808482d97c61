package io.ordo.reporting.application;

import io.ordo.reporting.domain.Generation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Stock levels per product with a low-stock flag and the days the available units cover at the
 * pace of the last days' sales, from the stock inventory announced and the sales per product and
 * day: its cost follows the size of the catalogue and the days looked back, not the orders.
 */
@ApplicationScoped
public class StockReport {

    @Inject
    ReadModels readModels;

    @Inject
    ReportFreshness freshness;

    private final Clock clock = Clock.systemUTC();

    /**
     * @param threshold a product with this many available units or fewer is low on stock
     * @param coverDays how many days of sales, today included, set the pace
     * @param lowOnly   only the products low on stock
     */
    public Report<StockRow> levels(int threshold, int coverDays, boolean lowOnly) {
        return readModels.read(snapshot -> levels(snapshot, threshold, coverDays, lowOnly));
    }

    private Report<StockRow> levels(ReadModelSnapshot snapshot, int threshold, int coverDays, boolean lowOnly) {
        Generation live = snapshot.live();
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = snapshot.rows("""
                select s.sku, p.name, s.on_hand, s.reserved, coalesce(sold.quantity, 0)
                from reporting.stock_levels s
                left join reporting.products p on p.generation = s.generation and p.sku = s.sku
                left join (select sku, sum(quantity) as quantity from reporting.sales_by_product
                           where generation = ?1 and day between ?2 and ?3 group by sku) sold on sold.sku = s.sku
                where s.generation = ?1
                order by s.sku
                """, live.number(), Date.valueOf(today.minusDays(coverDays - 1L)), Date.valueOf(today));
        return Report.of(freshness.of(live), rows.stream()
                .map(row -> stockRow(row, threshold, coverDays))
                .filter(stock -> !lowOnly || stock.lowStock())
                .toList());
    }

    private static StockRow stockRow(Object[] row, int threshold, int coverDays) {
        int onHand = ((Number) row[2]).intValue();
        int reserved = ((Number) row[3]).intValue();
        int available = onHand - reserved;
        long sold = Rows.count(row[4]);
        BigDecimal daysOfCover = sold == 0 ? null
                : BigDecimal.valueOf((long) available * coverDays).divide(BigDecimal.valueOf(sold), 1, RoundingMode.HALF_UP);
        return new StockRow((String) row[0], (String) row[1], onHand, reserved, available, available <= threshold,
                sold, daysOfCover);
    }
}
