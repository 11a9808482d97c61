package io.ordo.sandbox.http;

import io.ordo.sandbox.behaviour.Behaviour;
import io.ordo.sandbox.behaviour.FaultPolicy;
import io.ordo.sandbox.ledger.LedgerStats;
import io.ordo.sandbox.ledger.PaymentLedger;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@code /sandbox/reset} and {@code /sandbox/stats}: the test harness's view of and hold on the gateway. */
final class SandboxResource {

    private final PaymentLedger ledger;
    private final FaultPolicy faults;
    private final AtomicLong gatewayRequests;

    SandboxResource(PaymentLedger ledger, FaultPolicy faults, AtomicLong gatewayRequests) {
        this.ledger = ledger;
        this.faults = faults;
        this.gatewayRequests = gatewayRequests;
    }

    /**
     * Counts per merchant reference, sorted for readable output.
     *
     * @param requests every request to {@code /v1}, including those a fault answered
     */
    record StatsView(SortedMap<String, Long> captures, SortedMap<String, Long> authorizations,
                     SortedMap<String, Long> refunds, SortedMap<String, Long> voids,
                     SortedMap<String, Long> declines, long requests) {
    }

    /** Back to normal behaviour, no payments, no keys, no counts. */
    Response reset(Request request) {
        ledger.clear();
        faults.change(Behaviour.normal());
        gatewayRequests.set(0);
        return Response.noContent();
    }

    Response stats(Request request) {
        LedgerStats stats = ledger.stats();
        return Response.json(200, new StatsView(sorted(stats.captures()), sorted(stats.authorizations()),
                sorted(stats.refunds()), sorted(stats.voids()), sorted(stats.declines()), gatewayRequests.get()));
    }

    private static SortedMap<String, Long> sorted(Map<String, Long> counts) {
        return new TreeMap<>(counts);
    }
}
