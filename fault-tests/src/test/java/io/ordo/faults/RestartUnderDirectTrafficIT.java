package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordo.devstack.LibertyInstance;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Liberty is killed and started again with no load balancer in front: the storefront's load and
 * readers holding valid tokens hit it directly from the moment its port opens. A server that
 * fetched its token keys from its own HTTP port hung here for good, every request waiting on a
 * fetch that was itself queued behind them (docs/reliability.md); it must become ready, answer
 * those readers and keep every invariant.
 */
class RestartUnderDirectTrafficIT extends FaultScenario {

    /**
     * Concurrent readers during the restart, besides the storefront's load. 80 (more than the 50
     * executor core threads) kept a start on a machine loaded by other builds from ever answering
     * its readiness check in time, without any thread hung.
     */
    private static final int READERS = 24;

    /**
     * Longer than a start usually takes: on a machine busy with other builds an undisturbed start
     * took up to 280 s here. A server that hangs never becomes ready at all.
     */
    private static final Duration START_AT_MOST = Duration.ofMinutes(7);

    @Test
    void a_restarted_liberty_hit_directly_while_it_starts_becomes_ready_and_answers() throws Exception {
        report.fault = "Liberty killed, restarted with traffic straight at it";
        report.injection = "SIGKILL to the server JVM, started again at once on the same ports and data, with no load "
                + "balancer: the storefront's load and " + READERS + " readers holding valid tokens send to it all along";
        String token = storefront.token();
        try (LoadRun load = startLoad()) {
            load.warmUp();
            load.faultInjected("killing Liberty");
            FaultStack.liberty().kill();
            load.healed("Liberty restarting, traffic straight at it");
            ReaderBurst burst = new ReaderBurst(token);
            try {
                FaultStack.liberty().startTimeout(START_AT_MOST).start();
                timeline.mark("Liberty ready again");
                burst.awaitAnswers();
            } finally {
                timeline.mark("readers' answers by status: " + burst.statuses);
                FaultStack.liberty().startTimeout(LibertyInstance.DEFAULT_START_TIMEOUT);
                burst.stop();
            }
            timeline.mark("readers: " + burst.ok.get() + " answered 200 during and after the start");
            load.watchRecovery();
            finish(load, List.of());
        }
    }

    /**
     * Readers that each send an authenticated read {@link #PACE} after their previous one ended,
     * from before the port opens until stopped, for a bounded time: {@link #READERS} requests
     * waiting at once on a server that is slow to answer, without flooding one that refuses
     * connections or is not serving the API yet.
     */
    private static final class ReaderBurst {

        private static final Duration PACE = Duration.ofSeconds(1);

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        private final ScheduledExecutorService readers = Executors.newScheduledThreadPool(READERS);
        private final AtomicInteger ok = new AtomicInteger();
        private final java.util.Map<String, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final HttpRequest read;
        private final Instant giveUpAt = Instant.now().plus(START_AT_MOST).plus(FaultProfile.STEADY_AT_MOST);

        ReaderBurst(String token) {
            read = HttpRequest.newBuilder(FaultStack.server().resolve("/api/v1/products?limit=1"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
            for (int i = 0; i < READERS; i++) {
                readers.scheduleWithFixedDelay(this::readOnce, 0, PACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void readOnce() {
            if (Instant.now().isAfter(giveUpAt)) {
                readers.shutdown();
                return;
            }
            try {
                int status = http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode();
                statuses.computeIfAbsent(String.valueOf(status), key -> new AtomicInteger()).incrementAndGet();
                if (status == 200) {
                    ok.incrementAndGet();
                }
            } catch (java.io.IOException refusedOrTimedOut) {
                // the port is not open yet, or the server did not answer in time: the next read tries again
                statuses.computeIfAbsent(refusedOrTimedOut.getClass().getSimpleName(), key -> new AtomicInteger()).incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Once the server is ready the readers' token is accepted: as many 200s as readers, soon. */
        void awaitAnswers() {
            await("the readers to be answered").atMost(Duration.ofSeconds(30)).until(() -> ok.get() >= READERS);
        }

        void stop() throws InterruptedException {
            readers.shutdownNow();
            assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).as("readers stopped").isTrue();
        }
    }
}
