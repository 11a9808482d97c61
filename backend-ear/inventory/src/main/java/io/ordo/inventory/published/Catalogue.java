package io.ordo.inventory.published;

import java.util.Collection;
import java.util.Map;

/** Prices and availability of products, for placing orders. */
public interface Catalogue {

    /** The entries for those SKUs that exist; unknown SKUs are simply absent from the map. */
    Map<String, CatalogueEntry> entries(Collection<String> skus);
}
