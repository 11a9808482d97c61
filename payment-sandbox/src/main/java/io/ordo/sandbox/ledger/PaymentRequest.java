package io.ordo.sandbox.ledger;

import java.util.Objects;

/**
 * What a merchant asks for when it opens a payment. Two requests are equal when they ask for the
 * same thing, which is how a replayed idempotency key is told apart from a reused one.
 *
 * @param reference the merchant's own id for what is paid, e.g. the order id
 * @param capture   true to take the money at once, false to only reserve it
 */
public record PaymentRequest(Money amount, String reference, TestCard card, boolean capture) {

    public static final int MAX_REFERENCE_LENGTH = 100;

    public PaymentRequest {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(reference, "reference");
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("reference must be 1 to " + MAX_REFERENCE_LENGTH + " characters");
        }
        if (reference.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("reference must not contain control characters");
        }
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be greater than zero");
        }
    }
}
