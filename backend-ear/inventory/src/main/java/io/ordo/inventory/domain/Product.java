package io.ordo.inventory.domain;

import io.ordo.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;

/** A product of the catalogue. Its price is the only price an order can ever take. */
@Entity
@Table(name = "products", schema = "inventory")
public class Product {

    @Id
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "price_amount", nullable = false)
    private BigDecimal priceAmount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private boolean active;

    protected Product() {
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Money price() {
        return new Money(priceAmount, Currency.getInstance(currency.trim()));
    }

    public boolean active() {
        return active;
    }
}
