package io.ordo.sandbox.ledger;

import java.util.Map;

/**
 * How often each kind of money movement happened, per merchant reference: what a test counts to
 * prove that an order was charged once. Authorizations count every approved payment (a payment
 * captured at creation was authorized too); captures count capture calls and payments captured at
 * creation.
 */
public record LedgerStats(Map<String, Long> authorizations, Map<String, Long> captures,
                          Map<String, Long> refunds, Map<String, Long> voids, Map<String, Long> declines) {

    public LedgerStats {
        authorizations = Map.copyOf(authorizations);
        captures = Map.copyOf(captures);
        refunds = Map.copyOf(refunds);
        voids = Map.copyOf(voids);
        declines = Map.copyOf(declines);
    }
}
