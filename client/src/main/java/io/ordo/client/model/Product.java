package io.ordo.client.model;

/** A catalogue entry with the stock a storefront may still sell. */
public record Product(String sku, String name, String description, Money price, int available, boolean active) {
}
