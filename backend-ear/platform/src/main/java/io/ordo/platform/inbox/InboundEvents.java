package io.ordo.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.ordo.platform.deadletter.DeliveryFailures;
import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.observability.TraceContext;
import io.ordo.platform.observability.Tracing;
import io.ordo.platform.problem.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What consumers hand their messages to. An event is applied at most once per consumer, under
 * its correlation id, in a transaction of its own. When that fails (the handler, or a message
 * that is not an event envelope), the failed attempt is counted and the failure rethrown so the
 * broker redelivers the message, as transient causes often heal; once a message has failed
 * {@code ordo.messaging.max-attempts} times it is parked as a dead letter instead and
 * acknowledged. Each consumer's handler is kept so that an admin can replay its dead letters.
 */
@ApplicationScoped
public class InboundEvents {

    @Inject
    Inbox inbox;

    @Inject
    DeliveryFailures failures;

    @Inject
    Tracing tracing;

    @Inject
    @ConfigProperty(name = "ordo.messaging.database-outage-patience-ms", defaultValue = "120000")
    long outagePatienceMs;

    private static final Logger LOG = Logger.getLogger(InboundEvents.class.getName());
    private static final long FIRST_OUTAGE_PAUSE_MS = 200;
    private static final long MAX_OUTAGE_PAUSE_MS = 5_000;

    /** Each consumer's handler; a handler must treat every message alike, first delivery or replay. */
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();

    /**
     * Makes a consumer's handler known at start-up, so its dead letters can be replayed even
     * before it receives a message.
     */
    public void register(String consumer, EventHandler handler) {
        handlers.put(consumer, handler);
    }

    /** The event types {@code consumer} acts on; empty when it acts on every type or is unknown. */
    public Optional<Set<String>> typesHandledBy(String consumer) {
        return Optional.ofNullable(handlers.get(consumer)).flatMap(EventHandler::types);
    }

    /** The consumers known so far, by name (each registers at start-up). */
    public Set<String> consumers() {
        return Set.copyOf(handlers.keySet());
    }

    /**
     * Call it outside any transaction: it decides the transactions itself. An event of a type the
     * handler does not act on is acknowledged at once, with neither a transaction nor an inbox record.
     *
     * <p>A failure because the database is out of reach ({@link DatabaseOutage}) is not the
     * message's fault: it is neither counted nor handed back to the broker, whose few
     * redeliveries (seconds apart) would run out during a database restart and park a good
     * event on the broker's dead-letter queue, stopping its order. The attempt is repeated here
     * with growing pauses instead, which holds this consumer's queue until the database is back,
     * for up to {@code ordo.messaging.database-outage-patience-ms}; after that the failure
     * takes the usual way.
     */
    public void applyOnce(String consumer, String message, EventHandler handler) {
        handlers.putIfAbsent(consumer, handler);
        Optional<EventEnvelope> event = envelope(message);
        if (event.isPresent() && !handler.handles(event.get().type())) {
            return;
        }
        // The attempt is a consumer span in the trace of the work that caused the event, open
        // until after the commit: work started on commit (a payment's settlement) joins it too.
        Span span = startSpan(consumer, event);
        try (Scope scope = span.makeCurrent()) {
            long waited = 0;
            long pause = FIRST_OUTAGE_PAUSE_MS;
            while (true) {
                try {
                    // A message that is not an envelope fails here, and is counted like any failure.
                    inbox.applyInOwnTransaction(consumer, message, event.orElseGet(() -> EventEnvelope.fromJson(message)), handler);
                    return;
                } catch (RuntimeException failure) {
                    if (DatabaseOutage.causedBy(failure) && waited < outagePatienceMs) {
                        if (waited == 0) {
                            LOG.warning(() -> "Database out of reach; " + consumer
                                    + " holds its message until it is back: " + failure);
                        }
                        pauseOrGiveUp(pause, failure);
                        waited += pause;
                        pause = Math.min(pause * 2, MAX_OUTAGE_PAUSE_MS);
                        continue;
                    }
                    span.recordException(failure);
                    span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
                    if (record(consumer, message, failure) == DeliveryFailures.Verdict.PARKED) {
                        span.setAttribute("ordo.dead.letter", true);
                        return;
                    }
                    throw failure;
                }
            }
        } finally {
            span.end();
        }
    }

    private static void pauseOrGiveUp(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /** Empty for a message that is not an event envelope: applying it fails, and is recorded as such. */
    private static Optional<EventEnvelope> envelope(String message) {
        try {
            return Optional.of(EventEnvelope.fromJson(message));
        } catch (RuntimeException notAnEnvelope) {
            return Optional.empty();
        }
    }

    private Span startSpan(String consumer, Optional<EventEnvelope> envelope) {
        if (envelope.isEmpty()) {
            return tracing.tracer().spanBuilder(consumer + " process").setNoParent().setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.consumer.group.name", consumer).startSpan();
        }
        EventEnvelope event = envelope.get();
        return tracing.tracer().spanBuilder(consumer + " process " + event.type())
                .setParent(TraceContext.parentFrom(event.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "amqp")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("messaging.message.conversation_id", String.valueOf(event.correlationId()))
                .setAttribute("ordo.event.type", event.type())
                .setAttribute("ordo.aggregate.id", String.valueOf(event.aggregateId()))
                .startSpan();
    }

    /**
     * Applies a parked message again through its consumer's handler, in the caller's transaction
     * and with the inbox, so an event that was applied meanwhile is not applied twice.
     *
     * @return false if no handler is registered under that consumer name, and nothing was done
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reapply(String consumer, String message) {
        Optional<EventHandler> handler = Optional.ofNullable(handlers.get(consumer));
        handler.ifPresent(known -> inbox.applyInCurrentTransaction(consumer, message, known));
        return handler.isPresent();
    }

    /** A failure that cannot even be counted (the database is down) is left to the broker's own limit. */
    private DeliveryFailures.Verdict record(String consumer, String message, RuntimeException failure) {
        try {
            return failures.record(consumer, message, failure);
        } catch (RuntimeException recording) {
            failure.addSuppressed(recording);
            return DeliveryFailures.Verdict.REDELIVER;
        }
    }
}
