package io.ordo.platform.deadletter.application;

import io.ordo.platform.deadletter.DeadLetterStatus;
import io.ordo.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads dead letters for admins: one in full, or pages of summaries newest first. */
@ApplicationScoped
public class DeadLetterQueries {

    private static final String SUMMARY_COLUMNS = """
            id, consumer, event_id, event_type, aggregate_id, status, attempts,
            first_failed_at, last_failed_at, last_error, resolved_by, resolved_at""";

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Transactional
    public Optional<DeadLetterView> byId(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select " + SUMMARY_COLUMNS + ", message from platform.dead_letters where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(DeadLetterQueries::view);
    }

    /**
     * @param status   if not null, only dead letters in this status
     * @param consumer if not null, only this consumer's dead letters
     * @param cursor   the nextCursor of the previous page, or null for the first
     */
    @Transactional
    public Page<DeadLetterSummary> list(DeadLetterStatus status, String consumer, String cursor, int limit) {
        DeadLetterCursor after = cursor == null ? null : DeadLetterCursor.decode(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + SUMMARY_COLUMNS + """
                 from platform.dead_letters
                where (cast(?1 as varchar) is null or status = cast(?1 as varchar))
                  and (cast(?2 as varchar) is null or consumer = cast(?2 as varchar))
                  and (cast(?3 as bigint) is null or id < cast(?3 as bigint))
                order by id desc
                limit ?4
                """)
                .setParameter(1, status == null ? null : status.name())
                .setParameter(2, consumer)
                .setParameter(3, after == null ? null : after.lastId())
                .setParameter(4, limit + 1)
                .getResultList();
        List<DeadLetterSummary> summaries = rows.stream().map(DeadLetterQueries::summary).toList();
        return Page.fromOverfetch(summaries, limit, last -> new DeadLetterCursor(last.id()).encode());
    }

    private static DeadLetterSummary summary(Object[] row) {
        return new DeadLetterSummary(((Number) row[0]).longValue(), (String) row[1], (UUID) row[2], (String) row[3],
                (String) row[4], DeadLetterStatus.valueOf((String) row[5]), ((Number) row[6]).intValue(),
                instant(row[7]), instant(row[8]), (String) row[9], (String) row[10], instant(row[11]));
    }

    private static DeadLetterView view(Object[] row) {
        DeadLetterSummary s = summary(row);
        return new DeadLetterView(s.id(), s.consumer(), s.eventId(), s.eventType(), s.aggregateId(), s.status(),
                s.attempts(), s.firstFailedAt(), s.lastFailedAt(), s.lastError(), s.resolvedBy(), s.resolvedAt(),
                (String) row[12]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
