package io.ordo.payments.domain;

/**
 * Where a payment stands with the gateway. PENDING: the key is stored and a call may be under
 * way; UNKNOWN: a call got no answer, so only the gateway knows what happened.
 */
public enum PaymentStatus {
    PENDING, AUTHORIZED, CAPTURED, DECLINED, VOIDED, REFUNDED, UNKNOWN;

    /** No money is held and none will move without a new attempt. */
    public boolean closed() {
        return this == DECLINED || this == VOIDED || this == REFUNDED;
    }
}
