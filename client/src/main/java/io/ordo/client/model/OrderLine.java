package io.ordo.client.model;

/** One product in an order, priced by the catalogue when the order was placed. */
public record OrderLine(String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
}
