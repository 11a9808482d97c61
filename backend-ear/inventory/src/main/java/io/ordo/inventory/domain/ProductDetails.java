package io.ordo.inventory.domain;

import io.ordo.platform.money.Money;
import java.util.Objects;

/** What an admin sets on a product: everything but its SKU, which never changes. */
public record ProductDetails(String name, String description, Money price, boolean active, int lowStockThreshold) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    public ProductDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        description = description == null ? "" : description;
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("price cannot be negative");
        }
        if (lowStockThreshold < 0) {
            throw new IllegalArgumentException("lowStockThreshold cannot be negative");
        }
    }
}
