package io.ordo.faults;

import io.ordo.devstack.BrokerProcess;
import io.ordo.devstack.DemoCredentials;
import io.ordo.devstack.DevStack;
import io.ordo.devstack.LibertyInstance;
import io.ordo.devstack.PostgresService;
import java.net.URI;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The running stack, as the scenarios need it: the processes to break (Liberty, the broker), the
 * addresses to talk to, and the database to check afterwards.
 */
final class FaultStack {

    private static volatile DevStack running;
    private static volatile DatabaseRelay relay;

    private FaultStack() {
    }

    static void use(DevStack stack, DatabaseRelay databaseRelay) {
        running = stack;
        relay = databaseRelay;
    }

    private static DevStack stack() {
        DevStack stack = running;
        if (stack == null) {
            throw new IllegalStateException("no fault-test stack: run the fault tests through Maven "
                    + "(./mvnw -f fault-tests/pom.xml verify), which starts it first");
        }
        return stack;
    }

    static LibertyInstance liberty() {
        return stack().liberty().orElseThrow();
    }

    /** The broker, in a process of its own so that it can be killed for real. */
    static BrokerProcess broker() {
        return (BrokerProcess) stack().broker();
    }

    static PostgresService postgres() {
        return stack().postgres();
    }

    /** The relay between Liberty and PostgreSQL; empty where socat is not installed (Liberty then connects directly). */
    static Optional<DatabaseRelay> databaseRelay() {
        return Optional.ofNullable(relay);
    }

    /** The server root, e.g. http://localhost:41234; the same after every restart. */
    static URI server() {
        return stack().httpUrl();
    }

    static URI sandbox() {
        return stack().sandbox().baseUri();
    }

    static DemoCredentials credentials() {
        return stack().credentials();
    }

    /**
     * The application's database as the cluster's superuser: for the checks after a scenario
     * only, never to drive the system.
     */
    static DataSource database() {
        return stack().postgres().superuserDataSource();
    }
}
