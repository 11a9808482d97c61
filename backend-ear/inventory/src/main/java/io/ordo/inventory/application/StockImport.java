package io.ordo.inventory.application;

import io.ordo.inventory.domain.AdjustmentOutcome;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.domain.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Applies the checked rows of a stock import in one transaction, in file order, against the
 * locked levels: each row sees the rows before it. A dry run, or any refused row, rolls it all back.
 */
@ApplicationScoped
class StockImport {

    @Inject
    Stock stock;

    @Inject
    LevelAnnouncements announcements;

    @Transactional
    ImportReport apply(List<StockInput.Checked> rows, RowErrors errors, int count, boolean dryRun, String actor) {
        Map<String, StockLevel> levels = stock.lockLevels(new TreeSet<>(rows.stream().map(StockInput.Checked::sku).toList()));
        int applied = 0;
        for (StockInput.Checked row : rows) {
            StockLevel level = levels.get(row.sku());
            if (level == null) {
                errors.add(row.line(), "sku", "there is no product " + row.sku());
                continue;
            }
            AdjustmentOutcome outcome = row.receipt()
                    ? level.receive(row.quantity(), row.reason(), row.note(), actor)
                    : level.adjust(row.quantity(), row.reason(), row.note(), actor);
            if (outcome instanceof AdjustmentOutcome.Refused refused) {
                errors.add(row.line(), "quantity", "refused: " + refused.why()
                        + " (counting the rows above it)");
                continue;
            }
            if (!dryRun && errors.badRows() == 0) {
                StockMovement movement = ((AdjustmentOutcome.Adjusted) outcome).movement();
                stock.record(List.of(movement));
                announcements.announce(level, movement.id());
            }
            applied++;
        }
        if (dryRun || errors.badRows() > 0) {
            throw new ImportRefused(errors.report(dryRun, count, 0));
        }
        return errors.report(false, count, applied);
    }
}
