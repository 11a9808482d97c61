package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What must hold after any fault, checked the way Jepsen checks a history: what the storefront
 * was told (the acknowledged orders) against what Ordo stored and what the gateway did.
 *
 * <ul>
 *   <li>every acknowledged order exists, under the key it was placed with, and no other order
 *       was placed meanwhile (none duplicated);</li>
 *   <li>every order entered each state at most once (no event applied twice);</li>
 *   <li>a paid order was authorized and captured exactly once at the gateway and announced paid
 *       exactly once; an order that ended unpaid kept no money (captures refunded, authorizations
 *       voided);</li>
 *   <li>stock: a paid order holds exactly its lines, an unpaid one nothing; each line was reserved
 *       once; on-hand and reserved per SKU are what the ledger's movements add up to;</li>
 *   <li>the outbox is drained: no event left behind.</li>
 * </ul>
 */
final class Invariants {

    /** Long enough for a reconciliation round after a breaker's delay, and a relay's backoff after an outage. */
    static final Duration SETTLING = Duration.ofSeconds(90);

    private static final Set<String> PAID = Set.of("PAID", "SHIPPED");
    private static final Set<String> ENDED_UNPAID = Set.of("FAILED", "EXPIRED", "CANCELLED");

    private Invariants() {
    }

    /**
     * Waits until the orders came to rest — each paid or ended, its payment settled, the stock of
     * an unpaid one released — and the outbox is drained, then checks every invariant.
     *
     * @param placedSince when the scenario started placing orders: any other order placed since
     *                    then is a duplicate
     * @return every invariant's result, all held; an {@link AssertionError} lists those that did not
     */
    static Verdict hold(Collection<Storefront.Acknowledged> acknowledged, Instant placedSince) {
        List<UUID> orders = acknowledged.stream().map(Storefront.Acknowledged::orderId).toList();
        awaitAtRest(orders);
        Verdict verdict = check(acknowledged, placedSince);
        if (!verdict.passed()) {
            throw new AssertionError("invariants broken:\n" + verdict.failures());
        }
        return verdict;
    }

    /** One invariant, over all the scenario's orders: whether it held, and the evidence either way. */
    record Check(String invariant, boolean held, String evidence) {
    }

    /** Every invariant's result, for the assertion and for the report. */
    record Verdict(List<Check> checks, Instant atRest) {

        boolean passed() {
            return checks.stream().allMatch(Check::held);
        }

        String failures() {
            return checks.stream().filter(check -> !check.held())
                    .map(check -> "- " + check.invariant() + ": " + check.evidence())
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    /** Collects, per invariant, what broke it (at most a few examples each). */
    private static final class Evidence {
        private final Map<String, List<String>> broken = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> checked = new java.util.LinkedHashMap<>();

        void expect(String invariant, boolean held, String otherwise) {
            checked.merge(invariant, 1, Integer::sum);
            List<String> examples = broken.computeIfAbsent(invariant, name -> new ArrayList<>());
            if (!held) {
                examples.add(otherwise);
            }
        }

        List<Check> checks() {
            List<Check> checks = new ArrayList<>();
            broken.forEach((invariant, examples) -> checks.add(examples.isEmpty()
                    ? new Check(invariant, true, checked.get(invariant) + " checked")
                    : new Check(invariant, false, examples.size() + " of " + checked.get(invariant) + " broken, e.g. "
                            + String.join("; ", examples.subList(0, Math.min(3, examples.size()))))));
            return checks;
        }
    }

    static final String ACKNOWLEDGED_EXIST = "every acknowledged order exists, under its Idempotency-Key";
    static final String NONE_DUPLICATED = "no order but the acknowledged ones was placed (none duplicated)";
    static final String STATES_ONCE = "each order entered each state once";
    static final String RESERVED_ONCE = "each line was reserved once (no event applied twice)";
    static final String CAPTURED_ONCE = "each paid order: one authorization, one capture, no refund or void at the gateway";
    static final String PAID_ANNOUNCED_ONCE = "each paid order: PaymentCaptured and OrderPaid published once";
    static final String UNPAID_KEPT_NOTHING = "each unpaid order: no money kept (captures refunded, authorizations voided)";
    static final String STOCK_HELD = "stock held: a paid order its lines, an unpaid one nothing";
    static final String LEDGER_BALANCES = "stock levels equal what the ledger and the active reservations add up to";
    static final String OUTBOX_DRAINED = "the outbox is drained";
    static final String EVENTS_APPLIED = "every event published since the scenario began applied by reporting (which consumes all), once";
    static final String NOTHING_PARKED = "no message dead-lettered";
    /** The consumer that takes every event of every context. */
    static final String EVERY_EVENT_CONSUMER = "reporting";

    /** Checks every invariant now, without waiting; {@link #hold} waits for rest first. */
    static Verdict check(Collection<Storefront.Acknowledged> acknowledged, Instant placedSince) {
        Evidence evidence = new Evidence();
        List<UUID> orders = acknowledged.stream().map(Storefront.Acknowledged::orderId).toList();
        Set<UUID> expected = Set.copyOf(orders);
        List<UUID> placed = Records.ordersPlacedSince(placedSince);
        evidence.expect(NONE_DUPLICATED, placed.size() == orders.size() && expected.containsAll(placed),
                placed.size() + " orders placed since " + placedSince + " for " + orders.size() + " acknowledged; not acknowledged: "
                        + placed.stream().filter(order -> !expected.contains(order)).limit(3).toList());
        String storefront = FaultStack.credentials().storefrontClientId();
        for (Storefront.Acknowledged order : acknowledged) {
            Optional<UUID> stored = Records.orderPlacedBy(storefront, order.idempotencyKey());
            evidence.expect(ACKNOWLEDGED_EXIST, stored.equals(Optional.of(order.orderId()))
                            && Records.orderStatus(order.orderId()).isPresent(),
                    "key " + order.idempotencyKey() + " acknowledged as " + order.orderId() + ", stored as " + stored);
        }
        Gateway.Stats gateway = Gateway.stats();
        orders.forEach(order -> checkOrder(evidence, order, gateway));
        List<Records.StockBalance> unbalanced = Records.stockBalances().stream().filter(balance -> !balance.balanced()).toList();
        evidence.expect(LEDGER_BALANCES, unbalanced.isEmpty(), "unbalanced: " + unbalanced);
        long unpublished = Records.unpublishedEvents();
        evidence.expect(OUTBOX_DRAINED, unpublished == 0, unpublished + " events not published");
        long notApplied = Records.eventsNotAppliedBy(EVERY_EVENT_CONSUMER, placedSince);
        evidence.expect(EVENTS_APPLIED, notApplied == 0, notApplied + " published events not applied by " + EVERY_EVENT_CONSUMER
                + " (lost, or parked on the broker's dead-letter queue)");
        long parked = Records.deadLettersSince(placedSince);
        evidence.expect(NOTHING_PARKED, parked == 0, parked + " dead letters");
        return new Verdict(evidence.checks(), Instant.now());
    }

    private static void checkOrder(Evidence evidence, UUID order, Gateway.Stats gateway) {
        String status = Records.orderStatus(order).orElse("MISSING");
        String money = "order " + order + " " + status + " (gateway: " + gateway.of(order) + ")";
        List<String> history = Records.history(order);
        evidence.expect(STATES_ONCE, history.size() == Set.copyOf(history).size(), order + " went " + history);
        Map<String, Long> reservations = Records.reservationMovements(order);
        evidence.expect(RESERVED_ONCE, reservations.values().stream().allMatch(times -> times == 1),
                order + " reserved " + reservations);
        if (PAID.contains(status)) {
            evidence.expect(CAPTURED_ONCE, gateway.authorizations(order) == 1 && gateway.captures(order) == 1
                    && gateway.refunds(order) + gateway.voids(order) == 0, money);
            long captured = Records.events("PaymentCaptured", order);
            long paid = Records.events("OrderPaid", order);
            evidence.expect(PAID_ANNOUNCED_ONCE, captured == 1 && paid == 1,
                    order + ": PaymentCaptured " + captured + ", OrderPaid " + paid);
        } else {
            evidence.expect(UNPAID_KEPT_NOTHING, gateway.refunds(order) == gateway.captures(order)
                    && gateway.authorizations(order) == gateway.captures(order) + gateway.voids(order), money);
        }
        Map<String, Long> held = Records.heldByLedger(order);
        if ("PAID".equals(status)) {
            evidence.expect(STOCK_HELD, held.equals(Records.lines(order)), "paid " + order + " holds " + held
                    + " for lines " + Records.lines(order));
        } else {
            evidence.expect(STOCK_HELD, held.values().stream().allMatch(units -> units == 0), status + " " + order + " holds " + held);
        }
    }

    /** Waits until every order in the database is at rest: a scenario starts from a quiet system. */
    static void awaitAllAtRest() {
        awaitAtRest(Records.allOrders());
    }

    static void awaitAtRest(List<UUID> orders) {
        await("orders at rest, payments settled, outbox drained")
                .atMost(SETTLING)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(stillMoving(orders)).isEmpty());
    }

    /** Why the orders are not at rest yet, one line per reason. */
    private static List<String> stillMoving(List<UUID> orders) {
        List<String> moving = new ArrayList<>();
        for (UUID order : orders) {
            String status = Records.orderStatus(order).orElse("MISSING");
            if (!PAID.contains(status) && !ENDED_UNPAID.contains(status)) {
                moving.add("order " + order + " is " + status);
            }
            Optional<Records.Payment> payment = Records.payment(order);
            if (payment.isPresent() && !payment.get().settled()) {
                moving.add("payment of " + order + " is " + payment.get());
            }
            if (ENDED_UNPAID.contains(status) && Records.reservationStatus(order).filter("ACTIVE"::equals).isPresent()) {
                moving.add("stock of " + status + " order " + order + " still reserved");
            }
        }
        long unpublished = Records.unpublishedEvents();
        if (unpublished > 0) {
            moving.add(unpublished + " events not yet published");
        }
        return moving;
    }
}
