package io.ordo.sandbox.ledger;

/** Where a payment is in its life: declined and voided are ends, refunded is the end of a capture. */
public enum PaymentStatus {
    AUTHORIZED,
    CAPTURED,
    DECLINED,
    VOIDED,
    REFUNDED
}
