package io.ordo.inventory.domain;

/**
 * On-hand and reserved of one product as its ledger adds them up: received, adjusted (signed)
 * and shipped make the stock on hand; reserved, released and shipped the stock reserved.
 */
public record LedgerFigures(int onHand, int reserved) {

    /** Sums the ledger's movements of one product, by kind. */
    public static LedgerFigures of(long received, long adjusted, long reservedTotal, long released, long shipped) {
        return new LedgerFigures(Math.toIntExact(received + adjusted - shipped),
                Math.toIntExact(reservedTotal - released - shipped));
    }

    /** Whether a stock level could hold these figures: reserved within 0 and on hand. */
    public boolean consistent() {
        return reserved >= 0 && reserved <= onHand;
    }

    @Override
    public String toString() {
        return onHand + " on hand, " + reserved + " reserved";
    }
}
