package io.ordo.reporting.domain;

import java.math.BigDecimal;

/**
 * Sales counted for one day (and product, and currency): orders sold, units, revenue, and what
 * of it was refunded.
 */
public record SalesFigures(long orders, long quantity, BigDecimal revenue,
                           long refundedOrders, long refundedQuantity, BigDecimal refunds) {

    static final SalesFigures NONE = new SalesFigures(0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);

    static SalesFigures sale(long quantity, BigDecimal revenue) {
        return new SalesFigures(1, quantity, revenue, 0, 0, BigDecimal.ZERO);
    }

    static SalesFigures refund(long quantity, BigDecimal amount) {
        return new SalesFigures(0, 0, BigDecimal.ZERO, 1, quantity, amount);
    }

    public SalesFigures plus(SalesFigures other) {
        return new SalesFigures(orders + other.orders, quantity + other.quantity, revenue.add(other.revenue),
                refundedOrders + other.refundedOrders, refundedQuantity + other.refundedQuantity, refunds.add(other.refunds));
    }
}
