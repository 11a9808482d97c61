package io.ordo.ordering.application;

import java.util.List;

/** A storefront's request to place an order, already checked for shape by the REST layer. */
public record PlaceOrder(CustomerDetails customer, String currency, String paymentMethod, List<Line> lines) {

    public record CustomerDetails(String name, String email, String phone, String address) {
    }

    public record Line(String sku, int quantity) {
    }
}
