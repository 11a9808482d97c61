package io.ordo.ordering.domain;

import io.ordo.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;

/** A product and quantity at the catalogue price the order was placed with. */
@Embeddable
public class OrderLine {

    @Column(nullable = false)
    private String sku;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    public OrderLine(String sku, String productName, int quantity, Money unitPrice) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity of " + sku + " must be positive");
        }
        this.sku = sku;
        this.productName = productName;
        this.quantity = quantity;
        this.unitPrice = unitPrice.amount();
    }

    public String sku() {
        return sku;
    }

    public String productName() {
        return productName;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice(Currency currency) {
        return new Money(unitPrice, currency);
    }

    public Money total(Currency currency) {
        return unitPrice(currency).times(quantity);
    }
}
