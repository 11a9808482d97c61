package io.ordo.inventory.api;

import io.ordo.inventory.application.ProductQueries;
import io.ordo.platform.money.Money;
import io.ordo.platform.money.MoneyJson;
import java.util.Currency;

/** A product as the API shows it. */
public record ProductJson(String sku, String name, String description, MoneyJson price, int available, boolean active) {

    static ProductJson from(ProductQueries.ProductView view) {
        Money price = new Money(view.price(), Currency.getInstance(view.currency()));
        return new ProductJson(view.sku(), view.name(), view.description(), MoneyJson.of(price),
                Math.max(view.available(), 0), view.active());
    }
}
