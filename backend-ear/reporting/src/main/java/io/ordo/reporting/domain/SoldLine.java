package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A line of an order as it was placed: a product, how many, at which unit price. */
public record SoldLine(String sku, String name, int quantity, BigDecimal unitPrice) {

    public SoldLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
