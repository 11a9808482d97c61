package io.ordo.sandbox.http;

import io.ordo.sandbox.ledger.IdempotencyKey;
import io.ordo.sandbox.ledger.Money;
import io.ordo.sandbox.ledger.Payment;
import io.ordo.sandbox.ledger.PaymentId;
import io.ordo.sandbox.ledger.PaymentLedger;
import java.util.Optional;
import java.util.Set;

/** {@code /v1/payments/{id}} and its actions: capture, void and refunds. */
final class PaymentResource {

    private final PaymentLedger ledger;

    PaymentResource(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    Response find(Request request) {
        PaymentId id = id(request);
        return Response.json(200, PaymentJson.view(existing(id)));
    }

    Response capture(Request request) {
        IdempotencyKey key = request.idempotencyKey();
        return LedgerAnswers.toResponse(ledger.capture(key, id(request)));
    }

    Response voidAuthorization(Request request) {
        IdempotencyKey key = request.idempotencyKey();
        return LedgerAnswers.toResponse(ledger.voidAuthorization(key, id(request)));
    }

    /** Body {@code {"amount":"5.00"}}, or none for everything left to refund. */
    Response refund(Request request) {
        IdempotencyKey key = request.idempotencyKey();
        PaymentId id = id(request);
        // The amount is checked against the payment's currency (JPY has no decimals); a payment's
        // currency never changes, so reading it before the keyed call is safe.
        Payment payment = existing(id);
        Optional<Money> amount = JsonBody.optional(request)
                .allowOnly(Set.of("amount"))
                .optionalString("amount")
                .map(text -> PaymentJson.amount(text, payment.currency()));
        return LedgerAnswers.toResponse(ledger.refund(key, id, amount));
    }

    private Payment existing(PaymentId id) {
        return ledger.find(id).orElseThrow(() -> new ProblemException(ProblemType.PAYMENT_NOT_FOUND, "no payment " + id));
    }

    private static PaymentId id(Request request) {
        return new PaymentId(request.pathParameter("id"));
    }
}
