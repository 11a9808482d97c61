package io.ordo.ordering.domain;

/**
 * The payment's status beside the order's: a payment outcome is not always known at once
 * (UNKNOWN after a gateway timeout, until reconciled).
 */
public enum PaymentStatus {
    NONE, AUTHORIZED, CAPTURED, VOIDED, REFUNDED, UNKNOWN, DECLINED
}
