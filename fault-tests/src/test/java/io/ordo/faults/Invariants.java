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
import org.assertj.core.api.SoftAssertions;

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
     */
    static void hold(Collection<Storefront.Acknowledged> acknowledged, Instant placedSince) {
        List<UUID> orders = acknowledged.stream().map(Storefront.Acknowledged::orderId).toList();
        awaitAtRest(orders);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(Records.ordersPlacedSince(placedSince))
                .as("orders placed since %s: exactly the acknowledged ones", placedSince)
                .containsExactlyInAnyOrderElementsOf(orders);
        String storefront = FaultStack.credentials().storefrontClientId();
        for (Storefront.Acknowledged order : acknowledged) {
            softly.assertThat(Records.orderPlacedBy(storefront, order.idempotencyKey()))
                    .as("the order of Idempotency-Key %s", order.idempotencyKey())
                    .contains(order.orderId());
        }
        Gateway.Stats gateway = Gateway.stats();
        orders.forEach(order -> checkOrder(softly, order, gateway));
        softly.assertThat(Records.stockBalances())
                .as("stock levels equal to what the ledger's movements and the active reservations add up to")
                .allMatch(Records.StockBalance::balanced);
        softly.assertThat(Records.unpublishedEvents()).as("events left in the outbox").isZero();
        softly.assertAll();
    }

    private static void checkOrder(SoftAssertions softly, UUID order, Gateway.Stats gateway) {
        String status = Records.orderStatus(order).orElseThrow();
        String money = "order " + order + " " + status + " (gateway: " + gateway.of(order) + ")";
        softly.assertThat(Records.history(order)).as("states order %s entered", order).doesNotHaveDuplicates();
        softly.assertThat(Records.reservationMovements(order).values()).as("reservations of each line of %s", order)
                .allMatch(times -> times == 1);
        if (PAID.contains(status)) {
            softly.assertThat(gateway.authorizations(order)).as("authorizations of " + money).isEqualTo(1);
            softly.assertThat(gateway.captures(order)).as("captures of " + money).isEqualTo(1);
            softly.assertThat(gateway.refunds(order) + gateway.voids(order)).as("refunds and voids of " + money).isZero();
            softly.assertThat(Records.events("PaymentCaptured", order)).as("PaymentCaptured of %s", order).isEqualTo(1);
            softly.assertThat(Records.events("OrderPaid", order)).as("OrderPaid of %s", order).isEqualTo(1);
        } else {
            softly.assertThat(gateway.refunds(order)).as("refunds of " + money).isEqualTo(gateway.captures(order));
            softly.assertThat(gateway.authorizations(order)).as("authorizations of " + money + ", each captured or voided")
                    .isEqualTo(gateway.captures(order) + gateway.voids(order));
        }
        Map<String, Long> held = Records.heldByLedger(order);
        if ("PAID".equals(status)) {
            softly.assertThat(held).as("stock held for paid order %s", order).isEqualTo(Records.lines(order));
        } else {
            softly.assertThat(held.values()).as("stock held for %s order %s", status, order).allMatch(units -> units == 0);
        }
    }

    /** Waits until every order in the database is at rest: a scenario starts from a quiet system. */
    static void awaitAllAtRest() {
        awaitAtRest(Records.allOrders());
    }

    private static void awaitAtRest(List<UUID> orders) {
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
