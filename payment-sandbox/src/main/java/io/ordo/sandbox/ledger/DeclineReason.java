package io.ordo.sandbox.ledger;

import java.util.Locale;

/** Why the issuer said no, as the wire spells it ("card_declined"). */
public enum DeclineReason {
    CARD_DECLINED,
    INSUFFICIENT_FUNDS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
