package io.ordo.sandbox.ledger;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/** A payment's id as the gateway hands it out, e.g. {@code pay_3f9a0c...}. */
public record PaymentId(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    static PaymentId random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new PaymentId("pay_" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
