package io.ordo.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every scenario: a storefront to place orders with, the moment the scenario started
 * (every order placed after it must be one the storefront was told about), and afterwards a
 * healed, quiet stack for the next scenario: gateway normal, broker and Liberty running, every
 * order at rest. A scenario that failed half-way thus leaves no gateway calls or events behind
 * to disturb the next one.
 */
abstract class FaultScenario {

    private static final Set<String> FINAL = Set.of("PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED");

    final Storefront storefront = new Storefront();
    final Instant started = Instant.now();
    final Timeline timeline = new Timeline(getClass().getSimpleName());

    /**
     * Waits until every order reaches {@code status}, as the storefront reads it; fails at once
     * when one ends in another final state.
     */
    void awaitEvery(Collection<UUID> orders, String status) {
        await("every order to be " + status)
                .atMost(Invariants.SETTLING)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> orders.stream().collect(Collectors.toMap(Function.identity(), storefront::status)), now -> {
                    now.forEach((order, current) -> {
                        if (!current.equals(status) && FINAL.contains(current)) {
                            throw new AssertionError("order " + order + " ended " + current + " instead of " + status
                                    + ": " + storefront.read(order));
                        }
                    });
                    return now.values().stream().allMatch(status::equals);
                });
        timeline.mark("all " + orders.size() + " orders " + status);
    }

    @AfterEach
    void healTheStack() throws IOException {
        Gateway.normal();
        if (!FaultStack.broker().isRunning()) {
            FaultStack.broker().startAgain();
        }
        if (!FaultStack.liberty().isRunning()) {
            FaultStack.liberty().start();
        }
        Invariants.awaitAllAtRest();
        timeline.mark("done");
    }
}
