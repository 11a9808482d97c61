package io.ordo.reporting.domain;

/**
 * What became of a payment attempt. A refund follows a capture of the same attempt; the other
 * outcomes end an attempt by themselves.
 */
public enum PaymentOutcome {
    CAPTURED(1), DECLINED(1), VOIDED(1), REFUNDED(2);

    private final int stage;

    PaymentOutcome(int stage) {
        this.stage = stage;
    }

    /** Whether this outcome can still follow {@code earlier} within the same attempt. */
    boolean follows(PaymentOutcome earlier) {
        return earlier == null || stage > earlier.stage;
    }
}
