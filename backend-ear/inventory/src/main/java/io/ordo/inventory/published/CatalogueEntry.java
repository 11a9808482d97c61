package io.ordo.inventory.published;

import io.ordo.platform.money.Money;

/** What an order needs to know of a product: its name and current price, and whether it is sold. */
public record CatalogueEntry(String sku, String name, Money price, boolean active) {
}
