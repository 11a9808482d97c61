package io.ordo.sandbox.http;

import io.ordo.sandbox.ledger.DeclineReason;
import io.ordo.sandbox.ledger.Money;
import io.ordo.sandbox.ledger.Payment;
import io.ordo.sandbox.ledger.PaymentRequest;
import io.ordo.sandbox.ledger.TestCard;
import java.util.Currency;
import java.util.Set;
import java.util.function.Supplier;

/** Translates payments to and from the wire: amounts as strings, statuses and reasons as their codes. */
final class PaymentJson {

    private static final Set<String> REQUEST_FIELDS = Set.of("amount", "currency", "reference", "paymentMethod", "capture");

    private PaymentJson() {
    }

    /** A payment as the gateway shows it; {@code declineReason} is null unless declined. */
    record PaymentView(String id, String status, String amount, String currency, String reference,
                       String paymentMethod, String declineReason, String capturedAmount,
                       String refundedAmount, String createdAt) {
    }

    static PaymentView view(Payment payment) {
        return new PaymentView(
                payment.id().value(),
                payment.status().name(),
                payment.amount().toPlainString(),
                payment.currency().getCurrencyCode(),
                payment.reference(),
                payment.card().token(),
                payment.declineReason().map(DeclineReason::code).orElse(null),
                payment.capturedAmount().toPlainString(),
                payment.refundedAmount().toPlainString(),
                payment.createdAt().toString());
    }

    /** @throws ProblemException 400 for anything missing, mistyped, out of range or unknown */
    static PaymentRequest paymentRequest(JsonBody body) {
        body.allowOnly(REQUEST_FIELDS);
        Currency currency = invalidIfThrows(() -> Money.parseCurrency(body.requiredString("currency")));
        Money amount = amount(body.requiredString("amount"), currency);
        String reference = body.requiredString("reference");
        String token = body.requiredString("paymentMethod");
        TestCard card = TestCard.byToken(token).orElseThrow(() -> new ProblemException(
                ProblemType.UNKNOWN_PAYMENT_METHOD, "paymentMethod \"" + token + "\" is not a known token; use one of "
                + "tok_visa, tok_mastercard, tok_decline, tok_insufficient_funds"));
        boolean capture = body.optionalBoolean("capture").orElse(false);
        return invalidIfThrows(() -> new PaymentRequest(amount, reference, card, capture));
    }

    /** @throws ProblemException 400 unless the text is a positive amount in that currency */
    static Money amount(String text, Currency currency) {
        return invalidIfThrows(() -> Money.parsePositive(text, currency));
    }

    // The value objects guard their own rules; here their refusals become the caller's 400.
    private static <T> T invalidIfThrows(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, e.getMessage());
        }
    }
}
