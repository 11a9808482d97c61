package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The payment's own status beside the order's, because a gateway's outcome is not always known
 * at once: {@link #UNKNOWN} means the backend is still reconciling it. An open set like
 * {@link OrderStatus}: a status added to the server later reads as itself.
 */
public record PaymentStatus(@JsonValue String name) {

    public static final PaymentStatus NONE = new PaymentStatus("NONE");
    public static final PaymentStatus AUTHORIZED = new PaymentStatus("AUTHORIZED");
    public static final PaymentStatus CAPTURED = new PaymentStatus("CAPTURED");
    public static final PaymentStatus VOIDED = new PaymentStatus("VOIDED");
    public static final PaymentStatus REFUNDED = new PaymentStatus("REFUNDED");
    public static final PaymentStatus UNKNOWN = new PaymentStatus("UNKNOWN");
    public static final PaymentStatus DECLINED = new PaymentStatus("DECLINED");

    private static final KnownStatuses<PaymentStatus> KNOWN = new KnownStatuses<>(PaymentStatus[]::new,
            NONE, AUTHORIZED, CAPTURED, VOIDED, REFUNDED, UNKNOWN, DECLINED);

    public PaymentStatus {
        KnownStatuses.requireName(name, "a payment status");
    }

    /** The status the server named, known to this client or not. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PaymentStatus of(String name) {
        return new PaymentStatus(name);
    }

    /** The statuses this client knows, shaped like an enum's {@code values()} as {@link OrderStatus#values()} is. */
    public static PaymentStatus[] values() {
        return KNOWN.values();
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
