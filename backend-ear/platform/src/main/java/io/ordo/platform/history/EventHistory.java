package io.ordo.platform.history;

import io.ordo.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The event history: every event ever written to the outbox (published or not, nothing is
 * deleted), read by position. Positions are handed out when an event is written, not when its
 * transaction commits, so a reader moving forward by position can pass a position whose event
 * commits later; {@link #holdNewEvents} gives a position below which that can no longer happen.
 */
@ApplicationScoped
public class EventHistory {

    /** PostgreSQL's SQLSTATE for a lock that was not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /** Events after position {@code after} up to and including {@code upTo}, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RecordedEvent> read(long after, long upTo, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select position, envelope from platform.outbox
                where position > ?1 and position <= ?2
                order by position
                limit ?3
                """)
                .setParameter(1, after)
                .setParameter(2, upTo)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new RecordedEvent(((Number) row[0]).longValue(), EventEnvelope.fromJson((String) row[1])))
                .toList();
    }

    /** Where each of these events is in the history, in one statement; events it never held are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Long> positionsOf(Collection<UUID> eventIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select event_id, position from platform.outbox where event_id in (?1)")
                .setParameter(1, eventIds)
                .getResultList();
        Map<UUID, Long> positions = new HashMap<>();
        for (Object[] row : rows) {
            positions.put(row[0] instanceof UUID id ? id : UUID.fromString(row[0].toString()), ((Number) row[1]).longValue());
        }
        return positions;
    }

    /** The position of the newest committed event, 0 while there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long head() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from platform.outbox")
                .getSingleResult()).longValue();
    }

    /** How many events follow this position, counted up to {@code cap} so that a far-behind reader costs little. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countAfter(long position, long cap) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from (select 1 from platform.outbox where position > ?1 order by position limit ?2) behind
                """)
                .setParameter(1, position)
                .setParameter(2, cap)
                .getSingleResult()).longValue();
    }

    /** When the first event after this position happened: how old the oldest event a reader there has not read is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> firstOccurredAfter(long position) {
        List<?> times = entityManager.createNativeQuery("""
                select occurred_at from platform.outbox where position > ?1 order by position limit 1
                """)
                .setParameter(1, position)
                .getResultList();
        return times.stream().findFirst().map(EventHistory::instant);
    }

    /** Whether any event of this type was ever written; a scan, meant for start-up checks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean contains(String eventType) {
        return !entityManager.createNativeQuery("select 1 from platform.outbox where event_type = ?1 limit 1")
                .setParameter(1, eventType)
                .getResultList().isEmpty();
    }

    /**
     * Waits until every transaction that is writing events has ended, then keeps new events from
     * being written until the caller's transaction ends, and returns the head: no event at or
     * below it can appear any more, and every later one commits after the caller's transaction.
     * Writers of events wait meanwhile, so keep that transaction short.
     *
     * @param wait how long to wait for the writers in flight
     * @throws EventHistoryBusy if they did not finish in time; the caller's transaction is then
     *                          unusable and must roll back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long holdNewEvents(Duration wait) {
        entityManager.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                .setParameter(1, wait.toMillis() + "ms")
                .getSingleResult();
        try {
            // SHARE conflicts with the ROW EXCLUSIVE lock every insert into the outbox holds until
            // its transaction ends: granted, no writer is in flight, and new ones queue behind it.
            entityManager.createNativeQuery("lock table platform.outbox in share mode").executeUpdate();
        } catch (PersistenceException e) {
            if (lockNotAvailable(e)) {
                throw new EventHistoryBusy("event writers still in flight after " + wait.toMillis() + " ms", e);
            }
            throw e;
        }
        entityManager.createNativeQuery("select set_config('lock_timeout', '0', true)").getSingleResult();
        return head();
    }

    private static boolean lockNotAvailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
