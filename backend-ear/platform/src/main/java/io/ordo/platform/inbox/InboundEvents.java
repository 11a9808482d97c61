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
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What consumers hand their messages to. Each consumer's messages are applied in the order they
 * came by one worker, as many per transaction as are waiting (up to {@code ordo.messaging.batch-size}),
 * and acknowledged after the commit; an event is applied at most once per consumer (the inbox),
 * under its correlation id. When a batch fails, its messages are applied again one at a time, each
 * in a transaction of its own. When one fails alone (the handler, or a message that is not an event
 * envelope), the failed attempt is counted and the message handed back so the broker redelivers it,
 * as transient causes often heal; once a message has failed
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
    ConsumerDelays delays;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "ordo.messaging.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "ordo.messaging.database-outage-patience-ms", defaultValue = "120000")
    long outagePatienceMs;

    private static final Logger LOG = Logger.getLogger(InboundEvents.class.getName());
    private static final long FIRST_OUTAGE_PAUSE_MS = 200;
    private static final long MAX_OUTAGE_PAUSE_MS = 5_000;
    /** Messages taken from the broker and not yet applied, per consumer. */
    private static final int QUEUE_CAPACITY = 1_000;

    /** Each consumer's handler; a handler must treat every message alike, first delivery or replay. */
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, ConsumerQueue> queues = new ConcurrentHashMap<>();

    /**
     * Makes a consumer's handler known at start-up, so its dead letters can be replayed even
     * before it receives a message, and starts working through the messages {@link #accept}ed for
     * it: those that came before wait until then (before start-up, the database may not be migrated).
     */
    public void register(String consumer, EventHandler handler) {
        handlers.put(consumer, handler);
        Runnable worker = queueOf(consumer);
        executor.submit(ManagedExecutors.managedTask(worker,
                Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "ordo-consumer-" + consumer), null));
    }

    /**
     * Takes a message from the broker for a consumer registered at start-up: it is applied with
     * the others waiting, in the order they came (see {@link #applyBatch}), and settled with the
     * broker after its transaction. Never blocks: call it from the connector's own thread.
     *
     * @return completes once the message is queued; while it is pending the broker sends no more
     */
    public CompletionStage<Void> accept(String consumer, Message<String> message) {
        return queueOf(consumer).accept(message);
    }

    private ConsumerQueue queueOf(String consumer) {
        return queues.computeIfAbsent(consumer, name -> new ConsumerQueue(name, batchSize, QUEUE_CAPACITY,
                batch -> applyBatch(name, handlers.get(name), batch)));
    }

    @PreDestroy
    void stopWorkers() {
        queues.values().forEach(ConsumerQueue::stop);
    }

    /**
     * Applies the events of a batch in one transaction, then acknowledges every message. If that
     * transaction fails, each message is applied again on its own ({@link #applyOnce}), so that
     * only the message at fault is counted, redelivered and in the end parked, and the others go
     * through. Messages of types the consumer does not act on are acknowledged at once.
     */
    void applyBatch(String consumer, EventHandler handler, List<Message<String>> batch) {
        List<Message<String>> relevant = new ArrayList<>(batch.size());
        List<EventEnvelope> events = new ArrayList<>(batch.size());
        for (Message<String> message : batch) {
            // The relay names the type in the message's subject: no need to read the body of an event left alone.
            Optional<String> subject = message.getMetadata(IncomingAmqpMetadata.class).map(IncomingAmqpMetadata::getSubject);
            if (subject.isPresent() && !handler.handles(subject.get())) {
                message.ack();
                continue;
            }
            Optional<EventEnvelope> event = envelope(message.getPayload());
            if (event.isPresent() && !handler.handles(event.get().type())) {
                message.ack();
            } else {
                relevant.add(message);
                event.ifPresent(events::add);
            }
        }
        // A message that is not an event takes the way of one at a time, where it is counted as failed.
        if (relevant.size() > 1 && events.size() == relevant.size() && appliedTogether(consumer, relevant, events, handler)) {
            relevant.forEach(Message::ack);
            return;
        }
        for (Message<String> message : relevant) {
            try {
                applyOnce(consumer, message.getPayload(), handler);
                message.ack();
            } catch (RuntimeException failed) {
                message.nack(failed);
            }
        }
    }

    private boolean appliedTogether(String consumer, List<Message<String>> messages, List<EventEnvelope> events,
                                    EventHandler handler) {
        List<Arrival> arrivals = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            arrivals.add(new Arrival(events.get(i), messages.get(i).getPayload(), redelivered(messages.get(i)),
                    startSpan(consumer, Optional.of(events.get(i)))));
        }
        try {
            inbox.applyAllInOwnTransaction(consumer, arrivals, handler).forEach(event -> delays.applied(consumer, event));
            return true;
        } catch (RuntimeException batchFailed) {
            arrivals.forEach(arrival -> arrival.span().setAttribute("ordo.batch.failed", true));
            LOG.fine(() -> "A batch of " + messages.size() + " for " + consumer + " failed; applying them one by one: " + batchFailed);
            return false;
        } finally {
            arrivals.forEach(arrival -> arrival.span().end());
        }
    }

    private static boolean redelivered(Message<String> message) {
        return message.getMetadata(IncomingAmqpMetadata.class).map(amqp -> amqp.getDeliveryCount() > 0).orElse(true);
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
