package io.ordo.sandbox.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * The payment method tokens the sandbox knows, each with a fixed outcome, like a real gateway's
 * test card numbers.
 */
public enum TestCard {
    VISA("tok_visa", null),
    MASTERCARD("tok_mastercard", null),
    DECLINED("tok_decline", DeclineReason.CARD_DECLINED),
    INSUFFICIENT_FUNDS("tok_insufficient_funds", DeclineReason.INSUFFICIENT_FUNDS);

    private final String token;
    private final DeclineReason declineReason;

    TestCard(String token, DeclineReason declineReason) {
        this.token = token;
        this.declineReason = declineReason;
    }

    public static Optional<TestCard> byToken(String token) {
        return Arrays.stream(values()).filter(card -> card.token.equals(token)).findFirst();
    }

    public String token() {
        return token;
    }

    Optional<DeclineReason> declineReason() {
        return Optional.ofNullable(declineReason);
    }
}
