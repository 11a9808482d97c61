package io.ordo.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of every scenario: a storefront to place orders with, the moment the scenario started
 * (every order placed after it must be one the storefront was told about), a background load
 * whose availability is measured through the fault ({@link #startLoad()}), the report entry the
 * scenario fills in, and afterwards a healed, quiet stack for the next scenario: gateway normal,
 * network flowing, database, broker and Liberty running, every order at rest. A scenario that
 * failed half-way thus leaves no gateway calls or events behind to disturb the next one.
 */
@ExtendWith(FaultScenario.Reporting.class)
abstract class FaultScenario {

    private static final Set<String> FINAL = Set.of("PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED");
    /**
     * What the background load orders, one unit each in turn: products no scenario orders itself,
     * so that a scenario's own orders never run out of stock because of the load.
     */
    static final List<String> LOAD_SKUS = List.of("LP-009", "MP-010", "CB-011", "HB-012", "SP-013", "MC-014", "SS-015",
            "SD-016", "PB-017", "NB-018");

    final FaultProfile profile = FaultProfile.current();
    final Storefront storefront = new Storefront();
    final Instant started = Instant.now();
    final Timeline timeline = new Timeline(getClass().getSimpleName());
    final FaultReport.Entry report = new FaultReport.Entry(getClass().getSimpleName());

    /**
     * Receives enough stock for the load (so its orders are paid, not refused out of stock) and
     * starts it; the scenario marks the fault and its healing on it.
     */
    LoadRun startLoad() {
        double seconds = profile.warmUp().plus(profile.fault()).plus(FaultProfile.STEADY_AT_MOST).toSeconds();
        Stock.receive(LOAD_SKUS, (int) Math.ceil(profile.ordersPerSecond() * seconds / LOAD_SKUS.size()));
        return LoadRun.start(profile, LOAD_SKUS, timeline);
    }

    /**
     * Stops the load, waits until everything it and the scenario placed is at rest, checks the
     * invariants over all of it and records the load's availability in the report.
     *
     * @param own orders the scenario placed itself, besides the load's
     */
    Invariants.Verdict finish(LoadRun load, Collection<Storefront.Acknowledged> own) throws Exception {
        List<Storefront.Acknowledged> all = new ArrayList<>(own);
        all.addAll(load.finish());
        report.availability = load.availability();
        report.settledAfterHealing = load.backlogAtRestAfterHealing().orElse(null);
        Availability.Window outage = report.availability.outage();
        timeline.mark(String.format("fault + recovering: %d requests, %.1f %% answered, %.1f %% 2xx, %s",
                outage.requests(), outage.answeredShare(), outage.okShare(), outage.byOutcome()));
        return check(all);
    }

    /** Waits until the orders are at rest, checks every invariant and records the result. */
    Invariants.Verdict check(Collection<Storefront.Acknowledged> acknowledged) {
        Invariants.awaitAtRest(acknowledged.stream().map(Storefront.Acknowledged::orderId).toList());
        try {
            await("reporting to apply every event").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Records.eventsNotAppliedBy(Invariants.EVERY_EVENT_CONSUMER, started) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException stillMissing) {
            timeline.mark("events still not applied by reporting: the check below reports them");
        }
        Invariants.Verdict verdict = Invariants.check(acknowledged, started);
        report.verdict = verdict;
        if (!verdict.passed()) {
            throw new AssertionError("invariants broken:\n" + verdict.failures());
        }
        timeline.mark("all " + verdict.checks().size() + " invariants held over " + acknowledged.size() + " orders");
        return verdict;
    }

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
        Optional<DatabaseRelay> relay = FaultStack.databaseRelay();
        if (relay.isPresent() && relay.get().isPaused()) {
            relay.get().resume();
        }
        if (!FaultStack.postgres().isRunning()) {
            FaultStack.postgres().startAgain();
        }
        if (!FaultStack.broker().isRunning()) {
            FaultStack.broker().startAgain();
        }
        if (!FaultStack.liberty().isRunning()) {
            FaultStack.liberty().start();
        }
        Invariants.awaitAllAtRest();
        timeline.mark("done");
    }

    /** Hands each scenario's entry to the report once it has passed or failed, after the stack was healed. */
    static final class Reporting implements TestWatcher {

        @Override
        public void testSuccessful(ExtensionContext context) {
            entry(context).ifPresent(FaultReport::add);
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            entry(context).ifPresent(entry -> {
                entry.failure = String.valueOf(cause.getMessage());
                if (entry.failure.length() > 1500) {
                    entry.failure = entry.failure.substring(0, 1500) + " ...";
                }
                FaultReport.add(entry);
            });
        }

        private static Optional<FaultReport.Entry> entry(ExtensionContext context) {
            return context.getTestInstance().filter(FaultScenario.class::isInstance).map(FaultScenario.class::cast)
                    .map(scenario -> {
                        scenario.report.took = Duration.between(scenario.started, Instant.now());
                        return scenario.report;
                    });
        }
    }
}
