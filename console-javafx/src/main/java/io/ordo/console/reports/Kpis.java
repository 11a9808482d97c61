package io.ordo.console.reports;

import io.ordo.client.model.PaymentOutcomesDay;
import io.ordo.client.model.SalesDay;
import io.ordo.console.common.Formats;
import io.ordo.console.reports.ReportsViewModel.Kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report's figures at a glance: orders, revenue, average order value and the share of
 * payments that failed, for a range and for the period before it. Amounts are per currency, never
 * added across currencies.
 */
final class Kpis {

    /** The payments outcome that is a success; every other outcome counts as failed. */
    private static final String CAPTURED = "CAPTURED";

    private Kpis() {
    }

    static List<Kpi> of(List<SalesDay> sales, List<PaymentOutcomesDay> payments, List<SalesDay> previousSales,
                        List<PaymentOutcomesDay> previousPayments) {
        return List.of(
                new Kpi("Orders", Formats.number(BigDecimal.valueOf(orders(sales))),
                        Formats.number(BigDecimal.valueOf(orders(previousSales)))),
                new Kpi("Revenue", revenue(sales), revenue(previousSales)),
                new Kpi("Average order value", averageOrderValue(sales), averageOrderValue(previousSales)),
                new Kpi("Payments failed", failureRate(payments), failureRate(previousPayments)));
    }

    private static long orders(List<SalesDay> days) {
        return days.stream().mapToLong(SalesDay::orders).sum();
    }

    private static String revenue(List<SalesDay> days) {
        return perCurrency(days, (revenue, orders) -> revenue);
    }

    private static String averageOrderValue(List<SalesDay> days) {
        return perCurrency(days, (revenue, orders) -> orders == 0 ? BigDecimal.ZERO.setScale(2)
                : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_EVEN));
    }

    private interface Figure {
        BigDecimal of(BigDecimal revenue, long orders);
    }

    /** {@code 1,234.50 EUR · 99.00 USD}; a dash when nothing was sold. */
    private static String perCurrency(List<SalesDay> days, Figure figure) {
        Map<String, List<SalesDay>> byCurrency = days.stream()
                .collect(Collectors.groupingBy(SalesDay::currency, TreeMap::new, Collectors.toList()));
        if (byCurrency.isEmpty()) {
            return "–";
        }
        return byCurrency.entrySet().stream().map(currency -> {
            BigDecimal revenue = currency.getValue().stream().map(SalesDay::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Formats.money(figure.of(revenue, orders(currency.getValue())), currency.getKey());
        }).collect(Collectors.joining(" · "));
    }

    /** {@code 12.5 %} of the payments; a dash when there were none. */
    private static String failureRate(List<PaymentOutcomesDay> days) {
        long all = days.stream().mapToLong(PaymentOutcomesDay::payments).sum();
        if (all == 0) {
            return "–";
        }
        long failed = days.stream().filter(day -> !CAPTURED.equals(day.outcome()))
                .mapToLong(PaymentOutcomesDay::payments).sum();
        return Formats.number(BigDecimal.valueOf(failed * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_EVEN))
                + " %";
    }
}
