package io.ordo.inventory.application;

import io.ordo.inventory.domain.Product;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admins add and change products, one at a time or by bulk import (all or nothing). A new product
 * starts with an empty stock level, announced like any other level.
 */
@ApplicationScoped
public class CatalogueAdministration {

    @Inject
    Stock stock;

    @Inject
    LevelAnnouncements announcements;

    @Inject
    CatalogueImport imports;

    /** Checks one product's columns; a bad one is a 400 naming each wrong field. */
    public static ProductInput.Checked checked(ImportRow row) {
        RowErrors errors = new RowErrors();
        return ProductInput.check(row, errors).orElseThrow(() -> errors.asProblem("The product is not valid"));
    }

    /** @throws ProblemException 409 if the SKU is taken */
    @Transactional
    public void create(ProductInput.Checked product) {
        if (stock.product(product.sku()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "There is already a product " + product.sku()
                    + ": change it with PUT instead.");
        }
        add(product);
    }

    /** @throws ProblemException 404 if there is no such product */
    @Transactional
    public void update(ProductInput.Checked product) {
        Product existing = stock.product(product.sku()).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "There is no product " + product.sku() + "."));
        existing.change(product.details());
    }

    /**
     * Creates the products that are new and changes the others, all or nothing: with
     * {@code dryRun}, or when any row is bad, nothing changes and the report lists every bad row.
     */
    public ImportReport importProducts(Iterable<ImportRow> rows, boolean dryRun) {
        RowErrors errors = new RowErrors();
        List<ProductInput.Checked> checked = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int count = 0;
        for (ImportRow row : rows) {
            count++;
            Optional<ProductInput.Checked> product = ProductInput.check(row, errors);
            if (product.isEmpty()) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(product.get().sku(), row.line());
            if (earlier != null) {
                errors.add(row.line(), "sku", product.get().sku() + " is already on line " + earlier);
                continue;
            }
            checked.add(product.get());
        }
        if (dryRun || errors.badRows() > 0) {
            return errors.report(dryRun, count, 0);
        }
        return imports.apply(checked, count);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void add(ProductInput.Checked product) {
        StockLevel level = StockLevel.empty(product.sku());
        addRacing(stock, Product.create(product.sku(), product.details()), level);
        announcements.announce(level, stock.nextLedgerPosition());
    }

    /**
     * Adds a product that was absent when looked up; if someone added the same SKU in between
     * (the primary key refuses the second), that is a 409, not a failure of the server.
     */
    static void addRacing(Stock stock, Product product, StockLevel level) {
        try {
            stock.add(product, level);
        } catch (jakarta.persistence.PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ProblemException(ProblemType.CONFLICT, "The product " + product.sku()
                        + " was added by someone else at the same moment; nothing was changed. Read it, then decide.");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
