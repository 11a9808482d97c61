package io.ordo.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storefront's steady traffic while a fault comes and goes: new orders at a fixed rate (open
 * model: they keep coming whether Ordo answers or not), each retried under its own
 * Idempotency-Key until Ordo accepts it, and reads of orders already placed at another fixed
 * rate. Every attempt is recorded with when it was sent and how it ended, and the scenario marks
 * when the fault was injected and when it was healed: {@link #availability()} is computed from
 * that.
 */
final class LoadRun implements AutoCloseable {

    private final FaultProfile profile;
    private final List<String> skus;
    private final Timeline timeline;
    private final Storefront storefront;
    private final ScheduledExecutorService threads;
    private final Queue<Storefront.Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<CompletableFuture<Storefront.Acknowledged>> placements = new ArrayList<>();
    private final List<UUID> readable = new ArrayList<>();
    private final AtomicInteger placed = new AtomicInteger();
    private final Instant started = Instant.now();
    private final List<ScheduledFuture<?>> generators = new ArrayList<>();
    private volatile Instant faultAt;
    private volatile Instant healedAt;
    private volatile Instant stoppedAt;
    private volatile Instant backlogAtRest;
    private int placementsBeforeHealing;

    private LoadRun(FaultProfile profile, List<String> skus, Timeline timeline) {
        this.profile = profile;
        this.skus = List.copyOf(skus);
        this.timeline = timeline;
        this.storefront = new Storefront(profile.requestTimeout());
        this.storefront.recordAttemptsTo(attempts::add);
        // Requests block their thread; during a stall many wait at once, and the load must not slow down then.
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(160);
        pool.setRemoveOnCancelPolicy(true);
        this.threads = pool;
    }

    /** Starts the load on {@code skus} (one unit of one of them per order). */
    static LoadRun start(FaultProfile profile, List<String> skus, Timeline timeline) {
        LoadRun load = new LoadRun(profile, skus, timeline);
        load.generators.add(load.threads.scheduleAtFixedRate(load::placeOne, 0, periodMicros(profile.ordersPerSecond()),
                TimeUnit.MICROSECONDS));
        load.generators.add(load.threads.scheduleAtFixedRate(load::readOne, periodMicros(profile.readsPerSecond()) / 2,
                periodMicros(profile.readsPerSecond()), TimeUnit.MICROSECONDS));
        timeline.mark("load: " + profile.ordersPerSecond() + " orders/s and " + profile.readsPerSecond() + " reads/s ("
                + profile.name() + " profile)");
        return load;
    }

    private static long periodMicros(double perSecond) {
        return Math.round(1_000_000 / perSecond);
    }

    private void placeOne() {
        String sku = skus.get(placed.getAndIncrement() % skus.size());
        CompletableFuture<Storefront.Acknowledged> placement = storefront.placeRetrying(Storefront.orderOf(sku, 1),
                Duration.ZERO, Instant.now().plus(FaultProfile.STEADY_AT_MOST).plusSeconds(60), threads);
        placement.thenAccept(order -> {
            synchronized (readable) {
                readable.add(order.orderId());
            }
        });
        synchronized (placements) {
            placements.add(placement);
        }
    }

    private void readOne() {
        UUID order;
        synchronized (readable) {
            if (readable.isEmpty()) {
                return;
            }
            order = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
        }
        // On a thread of its own: a read that hangs must not hold back the next ones.
        threads.execute(() -> storefront.tryRead(order));
    }

    /** Lets the load run {@link FaultProfile#warmUp()} and until some orders were accepted: the "before" figures. */
    void warmUp() {
        await("the load to warm up").atMost(profile.warmUp().plusSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> since(started).compareTo(profile.warmUp()) >= 0 && readableCount() >= 3);
        timeline.mark("warmed up: " + attempts.size() + " requests so far");
    }

    /**
     * From now on the storefront reaches Ordo as through a load balancer that checks
     * {@code /health/ready} every second and routes only to a ready server (see
     * {@link Storefront#behindLoadBalancer}).
     */
    void behindLoadBalancer() {
        java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        java.net.http.HttpRequest check = java.net.http.HttpRequest.newBuilder(FaultStack.server().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(1)).GET().build();
        generators.add(threads.scheduleWithFixedDelay(() -> {
            boolean nowReady;
            try {
                nowReady = http.send(check, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (java.io.IOException e) {
                nowReady = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (ready.getAndSet(nowReady) != nowReady) {
                timeline.mark("load balancer: server " + (nowReady ? "ready, traffic resumed" : "not ready, traffic held back"));
            }
        }, 0, 1, TimeUnit.SECONDS));
        storefront.behindLoadBalancer(ready::get);
    }

    void faultInjected(String what) {
        faultAt = Instant.now();
        timeline.mark("FAULT: " + what);
    }

    /** Keeps the fault in place for {@link FaultProfile#fault()}, while the load goes on. */
    void holdFault() {
        await("the fault's duration").atMost(profile.fault().plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> since(faultAt).compareTo(profile.fault()) >= 0);
    }

    void healed(String what) {
        synchronized (placements) {
            healedAt = Instant.now();
            placementsBeforeHealing = placements.size();
        }
        timeline.mark("HEALED: " + what);
    }

    /**
     * Keeps the load on after healing until clients see a steady service again (every request
     * for {@link FaultProfile#steadyWindow()} answered 2xx within {@link FaultProfile#GOOD_LATENCY}),
     * every order placed before healing is at rest (paid or ended), and at least
     * {@link FaultProfile#watchAfterHealing()} has passed; gives up waiting after
     * {@link FaultProfile#STEADY_AT_MOST} (the report then says "not reached").
     */
    void watchRecovery() {
        int backlogSize;
        synchronized (placements) {
            backlogSize = placementsBeforeHealing;
        }
        timeline.mark(backlogSize + " orders placed before healing");
        try {
            await("steady state and the backlog at rest after healing").atMost(FaultProfile.STEADY_AT_MOST)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (backlogAtRest == null && backlogAtRest(backlogSize)) {
                            backlogAtRest = Instant.now();
                            timeline.mark("orders placed before healing all at rest");
                        }
                        return since(healedAt).compareTo(profile.watchAfterHealing()) >= 0 && steadyNow() && backlogAtRest != null;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException notSteady) {
            timeline.mark("no steady state, or backlog not at rest, within " + FaultProfile.STEADY_AT_MOST.toSeconds()
                    + " s of healing");
        }
    }

    private boolean backlogAtRest(int backlogSize) {
        List<CompletableFuture<Storefront.Acknowledged>> backlog;
        synchronized (placements) {
            backlog = List.copyOf(placements.subList(0, backlogSize));
        }
        if (!backlog.stream().allMatch(CompletableFuture::isDone)) {
            return false;
        }
        return Records.notFinal(backlog.stream().filter(placement -> !placement.isCompletedExceptionally())
                .map(CompletableFuture::join).map(Storefront.Acknowledged::orderId).toList()) == 0;
    }

    /** How long after healing every order placed before it was at rest; empty if it never was while watched. */
    Optional<Duration> backlogAtRestAfterHealing() {
        return Optional.ofNullable(backlogAtRest).map(at -> Duration.between(healedAt, at));
    }

    private boolean steadyNow() {
        Instant now = Instant.now();
        Instant candidate = healedAt;
        int good = 0;
        for (Storefront.Attempt attempt : attempts) {
            if (attempt.sent().isBefore(healedAt)) {
                continue;
            }
            if (!Availability.good(attempt) && attempt.sent().isAfter(candidate)) {
                candidate = attempt.sent();
            }
        }
        for (Storefront.Attempt attempt : attempts) {
            if (attempt.sent().isAfter(candidate) && Availability.good(attempt)) {
                good++;
            }
        }
        return Duration.between(candidate, now).compareTo(profile.steadyWindow()) >= 0 && good >= 3;
    }

    /**
     * Stops placing new orders and waits until every order placed so far was accepted (retrying
     * as long as it takes, up to a limit), then for the reads still running.
     *
     * @return what the storefront was told: one acknowledgement per order
     */
    List<Storefront.Acknowledged> finish() throws InterruptedException, ExecutionException, TimeoutException {
        generators.forEach(generator -> generator.cancel(false));
        stoppedAt = Instant.now();
        List<CompletableFuture<Storefront.Acknowledged>> all;
        synchronized (placements) {
            all = List.copyOf(placements);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .get(FaultProfile.STEADY_AT_MOST.plusSeconds(90).toSeconds(), TimeUnit.SECONDS);
        threads.shutdown();
        if (!threads.awaitTermination(profile.requestTimeout().plusSeconds(5).toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("reads still running " + profile.requestTimeout() + " after the load stopped");
        }
        List<Storefront.Acknowledged> acknowledged = all.stream().map(CompletableFuture::join).toList();
        timeline.mark("load stopped: " + acknowledged.size() + " orders accepted, " + attempts.size() + " requests");
        return acknowledged;
    }

    /** What the storefront saw, window by window; call after {@link #finish()}. */
    Availability availability() {
        return Availability.of(List.copyOf(attempts), started, faultAt, healedAt, stoppedAt);
    }

    Instant healedAt() {
        return healedAt;
    }

    private int readableCount() {
        synchronized (readable) {
            return readable.size();
        }
    }

    private static Duration since(Instant moment) {
        return Duration.between(moment, Instant.now());
    }

    Optional<Instant> faultAt() {
        return Optional.ofNullable(faultAt);
    }

    @Override
    public void close() {
        generators.forEach(generator -> generator.cancel(false));
        threads.shutdownNow();
    }
}
