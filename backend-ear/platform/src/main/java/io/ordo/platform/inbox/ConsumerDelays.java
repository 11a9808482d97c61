package io.ordo.platform.inbox;

import io.ordo.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * How long events take from being written (the outbox row, in the transaction that caused them)
 * to being applied by each consumer: the timer {@code ordo_consumer_delay_seconds{consumer}},
 * whose histogram shows how far behind the consumers run.
 */
@ApplicationScoped
public class ConsumerDelays {

    private static final Metadata DELAY = Metadata.builder()
            .withName("ordo.consumer.delay")
            .withDescription("Time from an event being written to a consumer applying it")
            .withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void applied(String consumer, EventEnvelope event) {
        if (event.occurredAt() == null) {
            return;
        }
        Duration delay = Duration.between(event.occurredAt(), clock.instant());
        if (!delay.isNegative()) {
            timers.computeIfAbsent(consumer, name -> registry.timer(DELAY, new Tag("consumer", name))).update(delay);
        }
    }
}
