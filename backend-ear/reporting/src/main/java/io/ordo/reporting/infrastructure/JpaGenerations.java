package io.ordo.reporting.infrastructure;

import io.ordo.reporting.application.Rows;
import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.GenerationStatus;
import io.ordo.reporting.domain.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The generations of read models in {@code reporting.generations}. */
@ApplicationScoped
public class JpaGenerations implements Generations {

    static final String SELECT = """
            select generation, status, replayed_through, as_of_position, as_of_time, events_applied,
                   requested_by, started_at, finished_at, failure
            from reporting.generations
            """;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Generation live() {
        return one(SELECT + "where status = 'LIVE'", null)
                .orElseThrow(() -> new IllegalStateException("no live generation of read models in reporting.generations"));
    }

    @Override
    public Optional<Generation> find(int number) {
        return one(SELECT + "where generation = ?1", number);
    }

    @Override
    public Optional<Generation> building() {
        return one(SELECT + "where status = 'BUILDING'", null);
    }

    @Override
    public Optional<Generation> startBuilding(String requestedBy) {
        // "on conflict do nothing": a second request racing this one finds the generation number
        // or the one BUILDING slot (a unique index) taken, and starts nothing.
        List<?> started = entityManager.createNativeQuery("""
                insert into reporting.generations (generation, status, requested_by)
                select next.number, 'BUILDING', ?1
                from (select coalesce(max(generation), 0) + 1 as number from reporting.generations) next
                where not exists (select 1 from reporting.generations where status = 'BUILDING')
                on conflict do nothing
                returning generation
                """)
                .setParameter(1, requestedBy)
                .getResultList();
        return started.stream().findFirst().flatMap(number -> find(((Number) number).intValue()));
    }

    @Override
    public void failAbandoned(Duration idleFor) {
        entityManager.createNativeQuery("""
                update reporting.generations
                set status = 'FAILED', finished_at = now(), failure = 'abandoned: no progress since ' || progressed_at
                where status = 'BUILDING' and progressed_at < now() - cast(?1 as integer) * interval '1 second'
                """)
                .setParameter(1, (int) idleFor.toSeconds())
                .executeUpdate();
    }

    @Override
    public void advance(int number, long position, UUID eventId, Instant occurredAt, int events) {
        entityManager.createNativeQuery("""
                update reporting.generations set
                  as_of_event_id = case when ?2 > as_of_position then cast(?3 as uuid) else as_of_event_id end,
                  as_of_time = case when ?2 > as_of_position then cast(?4 as timestamptz) else as_of_time end,
                  as_of_position = greatest(as_of_position, ?2),
                  events_applied = events_applied + ?5,
                  progressed_at = now()
                where generation = ?1
                """)
                .setParameter(1, number)
                .setParameter(2, position)
                .setParameter(3, eventId.toString())
                .setParameter(4, Timestamp.from(occurredAt))
                .setParameter(5, events)
                .executeUpdate();
    }

    @Override
    public void goLive(int number, long replayedThrough) {
        // Retire first: a unique index allows one LIVE generation at a time.
        entityManager.createNativeQuery("update reporting.generations set status = 'RETIRED', finished_at = now() where status = 'LIVE'")
                .executeUpdate();
        int promoted = entityManager.createNativeQuery("""
                update reporting.generations
                set status = 'LIVE', replayed_through = ?2, finished_at = now(), progressed_at = now()
                where generation = ?1 and status = 'BUILDING'
                """)
                .setParameter(1, number)
                .setParameter(2, replayedThrough)
                .executeUpdate();
        if (promoted != 1) {
            throw new IllegalStateException("generation " + number + " is no longer being built; it cannot go live");
        }
    }

    @Override
    public void fail(int number, String failure) {
        entityManager.createNativeQuery("""
                update reporting.generations set status = 'FAILED', finished_at = now(), failure = left(?2, 2000)
                where generation = ?1 and status = 'BUILDING'
                """)
                .setParameter(1, number)
                .setParameter(2, failure)
                .executeUpdate();
    }

    private Optional<Generation> one(String sql, Integer number) {
        var query = entityManager.createNativeQuery(sql);
        if (number != null) {
            query.setParameter(1, number);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(JpaGenerations::generation);
    }

    static Generation generation(Object[] row) {
        return new Generation(((Number) row[0]).intValue(), GenerationStatus.valueOf((String) row[1]),
                Rows.count(row[2]), Rows.count(row[3]), Rows.instant(row[4]), Rows.count(row[5]), (String) row[6],
                Rows.instant(row[7]), Rows.instant(row[8]), (String) row[9]);
    }
}
