package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payments that reached one outcome on one day in one currency.
 *
 * @param outcome CAPTURED, DECLINED, VOIDED or REFUNDED
 */
public record PaymentOutcomesDay(
        LocalDate day,
        String currency,
        String outcome,
        long payments,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
}
