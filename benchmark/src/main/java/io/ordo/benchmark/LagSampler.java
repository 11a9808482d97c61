package io.ordo.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Samples, every second in the background, how far the pipeline is behind: the outbox rows not
 * yet relayed to the broker and the messages waiting on each consumer's broker queue (not yet
 * acknowledged by its consumer).
 */
final class LagSampler implements AutoCloseable {

    /** One sample, {@code seconds} after the sampler started; queues in the broker's order. */
    record Sample(double seconds, long outbox, Map<String, Long> queues) {

        /** Everything not yet through: unrelayed outbox rows plus messages on every queue. */
        long backlog() {
            return outbox + queues.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final long PERIOD_MILLIS = 1000;

    private final Connection connection;
    private final PreparedStatement unpublished;
    private final Supplier<Map<String, Long>> queues;
    private final long started = System.nanoTime();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lag-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts sampling at once; {@code queues} gives the messages waiting per broker queue. */
    LagSampler(DataSource database, Supplier<Map<String, Long>> queues) throws SQLException {
        this.connection = database.getConnection();
        this.unpublished = connection.prepareStatement("select count(*) from platform.outbox where published_at is null");
        this.queues = queues;
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Seconds since the sampler started, on the clock of its samples. */
    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void sample() {
        try (ResultSet count = unpublished.executeQuery()) {
            count.next();
            long outbox = count.getLong(1);
            samples.add(new Sample(elapsedSeconds(), outbox, Collections.unmodifiableMap(new LinkedHashMap<>(queues.get()))));
        } catch (SQLException e) {
            // A missed sample leaves a gap in the chart; the phase goes on.
            System.out.println("[bench] lag sample failed: " + e.getMessage());
        }
    }

    @Override
    public void close() throws SQLException, InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        connection.close();
    }
}
