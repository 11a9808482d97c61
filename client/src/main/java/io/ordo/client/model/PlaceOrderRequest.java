package io.ordo.client.model;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a storefront sends to place an order. Prices are not part of it: the backend takes them
 * from the catalogue.
 */
public record PlaceOrderRequest(Customer customer, Currency currency, String paymentMethod, List<Line> lines) {

    public PlaceOrderRequest {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }

    /** One product and how many of it. */
    public record Line(String sku, int quantity) {
    }
}
