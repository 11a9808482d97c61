package io.ordo.sandbox.ledger;

/** What the ledger did with a keyed call. Refusals the caller can expect are outcomes, not exceptions. */
public sealed interface LedgerOutcome {

    /**
     * The call took effect now, or had taken effect under the same key before.
     *
     * @param payment  the payment as it was right after the call took effect
     * @param created  the call opened this payment
     * @param replayed the answer is the one stored for this idempotency key; nothing changed now
     */
    record Succeeded(Payment payment, boolean created, boolean replayed) implements LedgerOutcome {
    }

    record PaymentNotFound(PaymentId id) implements LedgerOutcome {
    }

    /** The payment's state forbids the change. */
    record StateConflict(PaymentStatus status, String reason) implements LedgerOutcome {
    }

    /** The key was already used for a different call. */
    record KeyReused(IdempotencyKey key) implements LedgerOutcome {
    }
}
