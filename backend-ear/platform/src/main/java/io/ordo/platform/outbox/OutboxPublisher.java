package io.ordo.platform.outbox;

import io.smallrye.reactive.messaging.amqp.OutgoingAmqpMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes one batch of unpublished outbox rows in one transaction: rows are locked with
 * SKIP LOCKED so that relays on several servers never send the same row at the same time,
 * and are marked published only after the broker acknowledged every message of the batch.
 */
@ApplicationScoped
public class OutboxPublisher {

    static final int BATCH_SIZE = 200;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    @Channel("events")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH_SIZE)
    Emitter<String> emitter;

    @Inject
    @ConfigProperty(name = "ordo.outbox.ack-timeout-ms", defaultValue = "10000")
    long ackTimeoutMillis;

    /** @return how many events were published; a full batch means more may be waiting */
    @Transactional(rollbackOn = Exception.class)
    public int publishBatch() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select position, event_id, event_type, envelope from platform.outbox
                where published_at is null
                order by position
                limit ?1
                for update skip locked
                """)
                .setParameter(1, BATCH_SIZE)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        // The first message goes alone: after a broker restart the connection is re-established
        // once, instead of once per message of a burst.
        send(rows.get(0)).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (Object[] row : rows.subList(1, rows.size())) {
            acks.add(send(row));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);

        List<Long> positions = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        // clock_timestamp(), not now(): now() is when this transaction began, before the broker
        // accepted anything; published_at is when it had accepted the whole batch.
        entityManager.createNativeQuery("update platform.outbox set published_at = clock_timestamp() where position in (?1)")
                .setParameter(1, positions)
                .executeUpdate();
        return rows.size();
    }

    private CompletableFuture<Void> send(Object[] row) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        OutgoingAmqpMetadata amqp = OutgoingAmqpMetadata.builder()
                .withDurable(true)
                .withMessageId(row[1].toString())
                .withSubject((String) row[2])
                .withContentType("application/json")
                .build();
        Message<String> message = Message.of((String) row[3], Metadata.of(amqp),
                () -> {
                    accepted.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    accepted.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return accepted;
    }
}
