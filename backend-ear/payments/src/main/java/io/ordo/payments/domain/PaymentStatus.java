package io.ordo.payments.domain;

/**
 * Where a payment stands with the gateway. PENDING: the key is stored and a call may be under
 * way; UNKNOWN: a call failed without an answer, so only the gateway knows what happened.
 */
public enum PaymentStatus {
    PENDING, AUTHORIZED, CAPTURED, DECLINED, UNKNOWN;

    public boolean settled() {
        return this == CAPTURED || this == DECLINED;
    }
}
