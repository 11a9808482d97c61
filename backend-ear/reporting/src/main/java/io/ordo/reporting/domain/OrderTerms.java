package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an event tells about an order's money: its currency and total, and its lines when the
 * event carries them (an empty list when it does not).
 */
public record OrderTerms(String currency, BigDecimal total, List<SoldLine> lines) {

    public OrderTerms {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
