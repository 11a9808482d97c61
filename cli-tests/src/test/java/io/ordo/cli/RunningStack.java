package io.ordo.cli;

import io.ordo.devstack.DemoCredentials;
import io.ordo.devstack.DevStack;
import io.ordo.devstack.IntegrationTestStack;
import io.ordo.devstack.LibertyInstance;

import java.io.IOException;
import java.net.URI;

/** The system {@link IntegrationTestStack} started, as the integration tests need it. */
final class RunningStack {

    private RunningStack() {
    }

    private static DevStack stack() {
        return IntegrationTestStack.running();
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
