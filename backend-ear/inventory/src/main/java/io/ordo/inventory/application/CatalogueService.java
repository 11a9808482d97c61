package io.ordo.inventory.application;

import io.ordo.inventory.domain.Product;
import io.ordo.inventory.published.Catalogue;
import io.ordo.inventory.published.CatalogueEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CatalogueService implements Catalogue {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Map<String, CatalogueEntry> entries(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from Product p where p.sku in :skus", Product.class)
                .setParameter("skus", skus)
                .getResultStream()
                .map(p -> new CatalogueEntry(p.sku(), p.name(), p.price(), p.active()))
                .collect(Collectors.toMap(CatalogueEntry::sku, Function.identity()));
    }
}
