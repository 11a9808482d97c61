package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A product as admins manage it, with the fields (and names) of a catalogue import and export row;
 * the price is a decimal string in {@code currency}.
 */
public record CatalogueProduct(String sku, String name, String description, String price, String currency, boolean active,
                               int lowStockThreshold) {

    @JsonIgnore
    public Money money() {
        return Money.of(price, currency);
    }
}
