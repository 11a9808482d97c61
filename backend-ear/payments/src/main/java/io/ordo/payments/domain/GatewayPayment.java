package io.ordo.payments.domain;

/** The gateway's view of a payment, as it answers a call or a lookup by idempotency key. */
public record GatewayPayment(String id, Status status, String declineReason) {

    public enum Status { AUTHORIZED, CAPTURED, DECLINED, VOIDED, REFUNDED }
}
