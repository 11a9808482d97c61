package io.ordo.sandbox.ledger;

/** The caller's name for one intended operation: the same key sent again means "the same call, retried". */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Idempotency-Key must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Idempotency-Key must be at most " + MAX_LENGTH + " characters");
        }
    }
}
