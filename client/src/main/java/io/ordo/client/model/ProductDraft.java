package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an admin sends to add or change a product. {@code active} and {@code lowStockThreshold}
 * may be null (true and 5 for a new product); a change sends the whole product.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductDraft(String sku, String name, String description, Money price, Boolean active,
                           Integer lowStockThreshold) {
}
