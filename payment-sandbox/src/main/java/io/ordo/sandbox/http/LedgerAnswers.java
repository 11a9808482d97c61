package io.ordo.sandbox.http;

import io.ordo.sandbox.ledger.LedgerOutcome;

/** Turns what the ledger did into the HTTP answer a card gateway would give. */
final class LedgerAnswers {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private LedgerAnswers() {
    }

    /** @throws ProblemException for the outcomes that are problems (404, 409, 422) */
    static Response toResponse(LedgerOutcome outcome) {
        if (outcome instanceof LedgerOutcome.Succeeded succeeded) {
            return success(succeeded);
        }
        if (outcome instanceof LedgerOutcome.PaymentNotFound notFound) {
            throw new ProblemException(ProblemType.PAYMENT_NOT_FOUND, "no payment " + notFound.id());
        }
        if (outcome instanceof LedgerOutcome.StateConflict conflict) {
            throw new ProblemException(ProblemType.PAYMENT_STATE_CONFLICT, conflict.reason());
        }
        if (outcome instanceof LedgerOutcome.KeyReused reused) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key \""
                    + reused.key().value() + "\" was already used for a different request; a new request needs a new key");
        }
        throw new IllegalStateException("unhandled ledger outcome " + outcome);
    }

    private static Response success(LedgerOutcome.Succeeded succeeded) {
        Response response = Response.json(succeeded.created() ? 201 : 200, PaymentJson.view(succeeded.payment()));
        if (succeeded.created()) {
            response = response.withHeader("Location", "/v1/payments/" + succeeded.payment().id());
        }
        if (succeeded.replayed()) {
            response = response.withHeader(REPLAYED_HEADER, "true");
        }
        return response;
    }
}
