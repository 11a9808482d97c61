package io.ordo.reporting.infrastructure;

import io.ordo.platform.problem.DatabaseOutage;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.reporting.application.ReadModelSnapshot;
import io.ordo.reporting.application.ReadModels;
import io.ordo.reporting.domain.Generation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Query;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The read models through the persistence unit {@code reporting}, whose datasource
 * ({@code ordo.reporting.db.*}) is the primary by default and a read replica where there is one.
 * Each report runs in a read-only, repeatable-read transaction of its own, never enlisted with
 * the primary's: the generation it reads and the rows of that generation are one snapshot, even
 * while a rebuild swaps the live generation.
 */
@ApplicationScoped
public class ReportingDatabase implements ReadModels {

    private static final Logger LOG = Logger.getLogger(ReportingDatabase.class.getName());

    @PersistenceUnit(unitName = "reporting")
    EntityManagerFactory reporting;

    @Override
    public <T> T read(Function<ReadModelSnapshot, T> report) {
        try {
            return readSnapshot(report);
        } catch (PersistenceException e) {
            if (unreachable(e)) {
                LOG.log(Level.WARNING, "The reporting database (ordo.reporting.db.*) cannot be reached", e);
                throw new ProblemException(ProblemType.UNAVAILABLE, "Reports cannot be read for the moment: "
                        + "their database is out of reach. Try again shortly; orders are not affected.");
            }
            throw e;
        }
    }

    /** The database out of reach ({@link DatabaseOutage}), or refusing the reporting role at login (SQLSTATE 28). */
    private static boolean unreachable(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    private <T> T readSnapshot(Function<ReadModelSnapshot, T> report) {
        EntityManager entityManager = reporting.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            try {
                entityManager.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
                return report.apply(new Snapshot(entityManager));
            } finally {
                entityManager.getTransaction().rollback();
            }
        } finally {
            entityManager.close();
        }
    }

    private record Snapshot(EntityManager entityManager) implements ReadModelSnapshot {

        @Override
        public Generation live() {
            return rows(JpaGenerations.SELECT + "where status = 'LIVE'").stream().findFirst().map(JpaGenerations::generation)
                    .orElseThrow(() -> new IllegalStateException("no live generation of read models in reporting.generations"));
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Object[]> rows(String sql, Object... parameters) {
            Query query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }
    }
}
