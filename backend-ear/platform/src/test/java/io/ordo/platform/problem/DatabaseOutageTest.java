package io.ordo.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    // The HTTP answer itself (503, Retry-After, problem+json) needs a JAX-RS runtime: fault-tests'
    // PostgresCrashIT checks it against the running server.

    @Test
    void a_connection_failure_deep_in_the_chain_is_a_database_outage() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseOutage.causedBy(new PersistenceException("could not execute statement",
                new RuntimeException("wrapped", lost)))).isTrue();
    }

    @Test
    void postgresql_shutting_down_or_starting_up_is_a_database_outage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection because of crash of another server process",
                "57P02"))).isTrue();
    }

    @Test
    void the_pool_giving_up_waiting_for_a_connection_is_a_database_outage() {
        // Liberty's ConnectionWaitTimeoutException is one of these
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLTransientConnectionException("J2CA0045E")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void a_bug_in_a_query_is_not_a_database_outage() {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("boom"))).isFalse();
    }
}
