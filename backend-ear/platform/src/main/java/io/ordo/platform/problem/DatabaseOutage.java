package io.ordo.platform.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach — down, restarting, refusing
 * connections, or too slow to hand out a connection — from a bug. The first is worth a retry and
 * is answered 503 with Retry-After; the second stays a 500.
 *
 * <p>Recognised anywhere in the cause chain: the JDBC connection exception types (including
 * Liberty's pool timeout, a {@link SQLTransientConnectionException}); any {@link SQLException}
 * of SQLSTATE class 08 (connection exception) or 57P01/57P02/57P03 (PostgreSQL shutting down,
 * crashed, starting up) or 53300 (too many connections); and a refused or timed-out socket.
 */
public final class DatabaseOutage {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || UNAVAILABLE_STATES.contains(sqlState));
    }
}
