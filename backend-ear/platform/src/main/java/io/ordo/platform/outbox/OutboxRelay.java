package io.ordo.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives the outbox: publishes unpublished events batch after batch, woken by every commit that
 * wrote one ({@link #wake()}), with a poll as the safety net for events whose wake was missed
 * (another server's, or one written while this server was stopping). One pass at a time on a
 * server, so its batches leave in the order they were written. While the broker is unreachable it
 * backs off exponentially (up to 30 s) instead of hammering it; the events wait safely in the table.
 */
@ApplicationScoped
public class OutboxRelay {

    /** After migrations and start-up data, which run at lower priorities. */
    public static final int START_PRIORITY = 3000;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxPublisher publisher;

    @Inject
    @ConfigProperty(name = "ordo.outbox.poll-interval-ms", defaultValue = "250")
    long pollIntervalMillis;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> polling;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;
    private volatile Instant lastPass;

    void start(@Observes @Priority(START_PRIORITY) Startup startup) {
        polling = scheduler.scheduleWithFixedDelay(this::wake, 500, pollIntervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Asks for a pass over the outbox: now if none is running, else right after the current one. */
    public void wake() {
        wanted.set(true);
        if (polling != null && draining.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::drainWhileWanted);
            } catch (RejectedExecutionException stopping) {
                // The application is stopping: the events wait in the table for the next start.
                draining.set(false);
            }
        }
    }

    private void drainWhileWanted() {
        try {
            while (wanted.getAndSet(false)) {
                drain();
            }
        } finally {
            draining.set(false);
        }
        // A wake that came between the last check and the release above found the pass still running.
        if (wanted.get()) {
            wake();
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void drain() {
        lastPass = clock.instant();
        if (lastPass.isBefore(nextAttempt)) {
            return;
        }
        try {
            while (publisher.publishBatch() == OutboxPublisher.BATCH_SIZE) {
                // a full batch: more are waiting, keep going without the poll delay (alive all along)
                lastPass = clock.instant();
            }
            consecutiveFailures = 0;
        } catch (Exception e) {
            consecutiveFailures++;
            Duration backoff = backoffAfter(consecutiveFailures);
            nextAttempt = clock.instant().plus(backoff);
            LOG.log(Level.WARNING, "Outbox relay could not publish (attempt {0}); next try in {1} ms: {2}",
                    new Object[] {consecutiveFailures, backoff.toMillis(), rootMessage(e)});
        }
        lastPass = clock.instant();
    }

    /** When the relay last started or finished a pass over the outbox; null before its first. */
    public Instant lastPass() {
        return lastPass;
    }

    /** True once polling has ended for good (an error escaped a pass, or the application stops). */
    public boolean stopped() {
        return polling != null && polling.isDone();
    }

    /** True once polling has been scheduled, at the end of start-up. */
    public boolean started() {
        return polling != null;
    }

    static Duration backoffAfter(int failures) {
        long millis = 250L << Math.min(failures - 1, 10);
        return millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
