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

    /** At or below this many available, the product is low on stock. */
    @Column(name = "low_stock_threshold", nullable = false)
    private int lowStockThreshold;

    protected Product() {
    }

    /** A new product of the catalogue; the caller has checked the details (see {@link ProductDetails}). */
    public static Product create(String sku, ProductDetails details) {
        Product product = new Product();
        product.sku = sku;
        product.change(details);
        return product;
    }

    /** Takes new details; orders already placed keep the price they were placed at. */
    public void change(ProductDetails details) {
        name = details.name();
        description = details.description();
        priceAmount = details.price().amount();
        currency = details.price().currencyCode();
        active = details.active();
        lowStockThreshold = details.lowStockThreshold();
    }

    public int lowStockThreshold() {
        return lowStockThreshold;
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
