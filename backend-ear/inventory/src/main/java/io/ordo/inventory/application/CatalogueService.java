package io.ordo.inventory.application;

import io.ordo.inventory.published.Catalogue;
import io.ordo.inventory.published.CatalogueEntry;
import io.ordo.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
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
        // Plain values rather than managed products: nothing here changes them, so the placing
        // transaction need not track and dirty-check them at its commit.
        return entityManager.createQuery("""
                        select p.sku, p.name, p.priceAmount, p.currency, p.active from Product p where p.sku in :skus
                        """, Object[].class)
                .setParameter("skus", skus)
                .getResultStream()
                .map(row -> new CatalogueEntry((String) row[0], (String) row[1],
                        new Money((BigDecimal) row[2], Currency.getInstance(((String) row[3]).trim())), (Boolean) row[4]))
                .collect(Collectors.toMap(CatalogueEntry::sku, Function.identity()));
    }
}
