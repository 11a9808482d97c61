package io.ordo.cli;

import io.ordo.devstack.DemoCredentials;
import io.ordo.devstack.DevStack;
import io.ordo.devstack.LibertyInstance;

import java.io.IOException;
import java.net.URI;

/** The system {@link CliStackSession} started, as the integration tests need it. */
final class RunningStack {

    private static volatile DevStack running;

    private RunningStack() {
    }

    static void use(DevStack stack) {
        running = stack;
    }

    private static DevStack stack() {
        DevStack stack = running;
        if (stack == null) {
            throw new IllegalStateException("no test stack: run the integration tests through Maven "
                    + "(./mvnw -f cli/pom.xml verify), which starts it first");
        }
        return stack;
    }

    /** The server root, e.g. http://localhost:41234, as people pass it to --server. */
    static URI server() {
        return stack().httpUrl();
    }

    static DemoCredentials credentials() {
        return stack().credentials();
    }

    static LibertyInstance liberty() {
        return stack().liberty().orElseThrow();
    }

    /** Starts the server again if a test before stopped it: the test classes run in no set order. */
    static synchronized void ensureServerRunning() throws IOException {
        if (!liberty().isRunning()) {
            liberty().start();
        }
    }
}
