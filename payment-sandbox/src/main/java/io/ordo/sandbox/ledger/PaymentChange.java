package io.ordo.sandbox.ledger;

/** The answer of a payment asked to change state: the payment as it is now, or why it refuses. */
sealed interface PaymentChange {

    record Applied(Payment payment) implements PaymentChange {
    }

    record Refused(String reason) implements PaymentChange {
    }
}
