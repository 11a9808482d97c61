package io.ordo.inventory.application;

import io.ordo.inventory.domain.AdjustmentOutcome;
import io.ordo.inventory.domain.LedgerFigures;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.domain.StockMovement;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Stock moved by hand (staff and admins) and the reconciliation of the levels with the ledger.
 * Every change locks the level, goes into the ledger with who made it and why, and is announced,
 * all in one transaction; the level's invariants (reserved within 0 and on hand) hold whatever
 * runs at the same time, since reservations lock the same rows.
 */
@ApplicationScoped
public class StockAdministration {

    private static final Logger LOG = Logger.getLogger(StockAdministration.class.getName());

    @Inject
    Stock stock;

    @Inject
    LevelAnnouncements announcements;

    @Inject
    StockImport imports;

    private final Clock clock = Clock.systemUTC();

    /**
     * Applies one adjustment.
     *
     * @return the movement recorded
     * @throws ProblemException 404 for an unknown SKU, 412 if the level moved since the version the
     *                          caller named, 409 if the change would break the level's invariants
     */
    @Transactional
    public StockMovement adjust(Adjustment adjustment) {
        StockLevel level = stock.lockLevels(List.of(adjustment.sku())).get(adjustment.sku());
        if (level == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is no product " + adjustment.sku() + ".");
        }
        if (adjustment.expectedVersion().isPresent() && adjustment.expectedVersion().getAsLong() != level.version()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The stock of " + adjustment.sku()
                    + " changed since you read it (now version " + level.version() + "): read it again, then decide.");
        }
        AdjustmentOutcome outcome = level.adjust(adjustment.change(), adjustment.reason(), adjustment.note(), adjustment.actor());
        if (outcome instanceof AdjustmentOutcome.Refused refused) {
            throw new ProblemException(ProblemType.CONFLICT, "Adjusting " + refused.sku() + " by " + refused.change()
                    + " is refused: " + refused.why() + ". Nothing changed.");
        }
        StockMovement movement = ((AdjustmentOutcome.Adjusted) outcome).movement();
        stock.record(List.of(movement));
        announcements.announce(level, movement.id());
        return movement;
    }

    /**
     * Checks every product's level against its ledger and the active reservations; with
     * {@code repair}, sets drifted levels back to the ledger's figures (the ledger is the truth and
     * is never rewritten) and announces them.
     */
    @Transactional
    public ReconciliationReport reconcile(boolean repair, String actor) {
        Map<String, StockLevel> levels = stock.lockAllLevels();
        Map<String, LedgerFigures> ledger = stock.ledgerFigures();
        Map<String, Integer> held = stock.heldByActiveReservations();
        List<StockDrift> drift = new ArrayList<>();
        int repaired = 0;
        for (StockLevel level : levels.values()) {
            LedgerFigures figures = ledger.getOrDefault(level.sku(), new LedgerFigures(0, 0));
            int heldNow = held.getOrDefault(level.sku(), 0);
            boolean levelDrifted = level.onHand() != figures.onHand() || level.reserved() != figures.reserved();
            boolean reservationsDrifted = figures.reserved() != heldNow;
            if (!levelDrifted && !reservationsDrifted) {
                continue;
            }
            boolean fixed = false;
            String note;
            if (!levelDrifted) {
                note = "the ledger's reserved figure disagrees with the active reservations; nothing to repair in the level";
            } else if (!figures.consistent()) {
                note = "the ledger adds up to " + figures + ", which no level can hold: not repaired";
            } else if (repair) {
                int onHandBefore = level.onHand();
                int reservedBefore = level.reserved();
                level.repairTo(figures);
                announcements.announce(level, stock.nextLedgerPosition());
                fixed = true;
                repaired++;
                note = "level set to the ledger's figures";
                LOG.warning(() -> actor + " repaired the stock level of " + level.sku() + " from " + onHandBefore
                        + " on hand, " + reservedBefore + " reserved to " + figures);
                drift.add(new StockDrift(level.sku(), onHandBefore, reservedBefore, figures.onHand(), figures.reserved(),
                        heldNow, true, note));
                continue;
            } else {
                note = "the level disagrees with the ledger; reconcile with repair to set it to the ledger's figures";
            }
            drift.add(new StockDrift(level.sku(), level.onHand(), level.reserved(), figures.onHand(), figures.reserved(),
                    heldNow, fixed, note));
        }
        return new ReconciliationReport(clock.instant(), levels.size(), repair, drift.size(), repaired, drift);
    }

    /**
     * Imports stock movements (adjustments and receipts) all or nothing: with {@code dryRun}, or
     * when any row is bad, nothing changes and the report lists every bad row by line.
     */
    public ImportReport importStock(Iterable<ImportRow> rows, boolean dryRun, String actor) {
        RowErrors errors = new RowErrors();
        List<StockInput.Checked> checked = new ArrayList<>();
        int count = 0;
        for (ImportRow row : rows) {
            count++;
            StockInput.check(row, errors).ifPresent(checked::add);
        }
        try {
            return imports.apply(checked, errors, count, dryRun, actor);
        } catch (ImportRefused refused) {
            return refused.report();
        }
    }
}
