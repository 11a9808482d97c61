package io.ordo.inventory.application;

import io.ordo.inventory.domain.Product;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Applies the checked rows of a catalogue import in one transaction. */
@ApplicationScoped
class CatalogueImport {

    @Inject
    Stock stock;

    @Inject
    LevelAnnouncements announcements;

    @Transactional
    ImportReport apply(List<ProductInput.Checked> rows, int count) {
        for (ProductInput.Checked row : rows) {
            Optional<Product> existing = stock.product(row.sku());
            if (existing.isPresent()) {
                existing.get().change(row.details());
            } else {
                StockLevel level = StockLevel.empty(row.sku());
                CatalogueAdministration.addRacing(stock, Product.create(row.sku(), row.details()), level);
                announcements.announce(level, stock.nextLedgerPosition());
            }
        }
        return new RowErrors().report(false, count, rows.size());
    }
}
