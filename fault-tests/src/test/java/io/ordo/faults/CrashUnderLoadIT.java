package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * Liberty dies (SIGKILL) in the middle of a stream of orders from a storefront that, like a real
 * one, retries each order under its own Idempotency-Key on connection errors and 5xx until Ordo
 * answers. Requests in flight, events unpublished or unacknowledged and gateway calls under way
 * are all cut off; after the restart every order the storefront was told 201 exists once and is
 * paid exactly once, with the stock ledger balanced and the outbox drained.
 */
class CrashUnderLoadIT extends FaultScenario {

    private static final int ORDERS = 30;
    private static final Duration BETWEEN_ORDERS = Duration.ofMillis(100);
    private static final int KILL_AFTER_ACKNOWLEDGED = 10;
    private static final List<String> SKUS = List.of("WC-005", "DK-006", "CH-007");

    @Test
    void liberty_killed_under_a_stream_of_orders_loses_none_duplicates_none_and_charges_each_once() throws Exception {
        ScheduledExecutorService storefrontThreads = Executors.newScheduledThreadPool(4);
        try {
            Instant giveUpAt = Instant.now().plus(Duration.ofMinutes(2));
            List<CompletableFuture<Storefront.Acknowledged>> placing = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                placing.add(storefront.placeRetrying(Storefront.orderOf(SKUS.get(i % SKUS.size()), 1),
                        BETWEEN_ORDERS.multipliedBy(i), giveUpAt, storefrontThreads));
            }
            timeline.mark(ORDERS + " orders on their way, one every " + BETWEEN_ORDERS.toMillis() + " ms");

            await("the first orders to be accepted")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> placing.stream().filter(CrashUnderLoadIT::accepted).count() >= KILL_AFTER_ACKNOWLEDGED);
            FaultStack.liberty().kill();
            List<UUID> acceptedBeforeTheKill = placing.stream().filter(CrashUnderLoadIT::accepted)
                    .map(CompletableFuture::join).map(Storefront.Acknowledged::orderId).toList();
            long cutOff = acceptedBeforeTheKill.stream()
                    .filter(order -> !Records.orderStatus(order).orElseThrow().equals("PAID")).count();
            timeline.mark("Liberty killed after " + acceptedBeforeTheKill.size() + " orders were accepted, "
                    + cutOff + " of them not paid yet");
            assertThat(cutOff).as("accepted orders the kill caught on their way to being paid").isPositive();
            FaultStack.liberty().start();
            timeline.mark("Liberty ready again");

            CompletableFuture.allOf(placing.toArray(CompletableFuture[]::new)).get();
            List<Storefront.Acknowledged> placed = placing.stream().map(CompletableFuture::join).toList();
            timeline.mark("all " + ORDERS + " orders accepted; retried: "
                    + placed.stream().filter(order -> order.attempts() > 1).count() + ", answered by a replay: "
                    + placed.stream().filter(Storefront.Acknowledged::replayed).count() + ", longest wait "
                    + placed.stream().map(Storefront.Acknowledged::took).max(Duration::compareTo).orElseThrow().toMillis()
                    + " ms");

            List<UUID> orders = placed.stream().map(Storefront.Acknowledged::orderId).toList();
            assertThat(orders).as("one order per Idempotency-Key").doesNotHaveDuplicates();
            awaitEvery(orders, "PAID");
            Invariants.hold(placed, started);
        } finally {
            storefrontThreads.shutdownNow();
        }
    }

    private static boolean accepted(CompletableFuture<Storefront.Acknowledged> placing) {
        return placing.isDone() && !placing.isCompletedExceptionally();
    }
}
