package io.ordo.client.model;

/**
 * The payment's own status beside the order's, because a gateway's outcome is not always known
 * at once: {@link #UNKNOWN} means the backend is still reconciling it.
 */
public enum PaymentStatus {
    NONE, AUTHORIZED, CAPTURED, VOIDED, REFUNDED, UNKNOWN, DECLINED
}
