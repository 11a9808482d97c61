package io.ordo.sandbox.http;

import io.ordo.sandbox.ledger.IdempotencyKey;
import io.ordo.sandbox.ledger.PaymentLedger;
import io.ordo.sandbox.ledger.PaymentRequest;

/** {@code /v1/payments}: opens payments, and finds the one a given idempotency key acted on. */
final class PaymentCollectionResource {

    private final PaymentLedger ledger;

    PaymentCollectionResource(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    /** {@code POST}: 201 for a new payment, declined ones included; a decline is a result, not an error. */
    Response open(Request request) {
        IdempotencyKey key = request.idempotencyKey();
        PaymentRequest paymentRequest = PaymentJson.paymentRequest(JsonBody.required(request));
        return LedgerAnswers.toResponse(ledger.open(key, paymentRequest, request.declineRequested()));
    }

    /** {@code GET ?idempotencyKey=K}: reconciliation's "did my call with key K go through?". */
    Response findByIdempotencyKey(Request request) {
        String value = request.queryParameter("idempotencyKey").orElseThrow(() -> new ProblemException(
                ProblemType.INVALID_REQUEST, "query parameter idempotencyKey is required; payments are not listed"));
        IdempotencyKey key;
        try {
            key = new IdempotencyKey(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_IDEMPOTENCY_KEY, e.getMessage());
        }
        return ledger.findByIdempotencyKey(key)
                .map(payment -> Response.json(200, PaymentJson.view(payment)))
                .orElseThrow(() -> new ProblemException(ProblemType.PAYMENT_NOT_FOUND,
                        "no call with Idempotency-Key \"" + value + "\" took effect at this gateway"));
    }
}
