package io.ordo.platform.audit;

import io.ordo.platform.paging.Page;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes and reads the audit log. Entries are written in their own transaction, after the action. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String roles, String action, String target, String method, String path,
                       int outcome, String correlationId) {
        entityManager.createNativeQuery("""
                insert into platform.audit_log (actor, roles, action, target, http_method, path, outcome, correlation_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """)
                .setParameter(1, actor)
                .setParameter(2, roles)
                .setParameter(3, action)
                .setParameter(4, target)
                .setParameter(5, method)
                .setParameter(6, truncate(path, 500))
                .setParameter(7, outcome)
                .setParameter(8, correlationId)
                .executeUpdate();
    }

    /** Newest first; the cursor is the id of the last entry of the previous page. */
    @Transactional
    public Page<AuditEntry> page(String actor, String cursor, int limit) {
        Long after = parseCursor(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, occurred_at, actor, roles, action, target, http_method, path, outcome, correlation_id
                from platform.audit_log
                where (cast(?1 as varchar) is null or actor = cast(?1 as varchar))
                  and (cast(?2 as bigint) is null or id < cast(?2 as bigint))
                order by id desc
                limit ?3
                """)
                .setParameter(1, actor)
                .setParameter(2, after)
                .setParameter(3, limit + 1)
                .getResultList();
        List<AuditEntry> entries = rows.stream().map(AuditLog::entry).toList();
        return Page.fromOverfetch(entries, limit, last -> Long.toString(last.id()));
    }

    private static AuditEntry entry(Object[] row) {
        return new AuditEntry(((Number) row[0]).longValue(), instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], ((Number) row[8]).intValue(),
                (String) row[9]);
    }

    private static Long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
        }
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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
