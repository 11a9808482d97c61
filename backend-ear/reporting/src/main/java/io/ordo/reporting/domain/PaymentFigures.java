package io.ordo.reporting.domain;

import java.math.BigDecimal;

/** Payments that reached one outcome on one day in one currency, and their amount. */
public record PaymentFigures(long payments, BigDecimal amount) {

    public PaymentFigures plus(PaymentFigures other) {
        return new PaymentFigures(payments + other.payments, amount.add(other.amount));
    }
}
