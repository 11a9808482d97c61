package io.ordo.reporting.application;

import java.time.LocalDate;

/** Payments that reached one outcome (CAPTURED, DECLINED, VOIDED, REFUNDED) on one day in one currency. */
public record PaymentOutcomesDay(LocalDate day, String currency, String outcome, long payments, String amount) {
}
