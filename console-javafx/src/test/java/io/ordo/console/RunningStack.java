package io.ordo.console;

import io.ordo.devstack.DemoCredentials;
import io.ordo.devstack.DevStack;
import io.ordo.devstack.IntegrationTestStack;

import java.net.URI;

/** The system {@link IntegrationTestStack} started, as the integration tests need it. */
final class RunningStack {

    private RunningStack() {
    }

    private static DevStack stack() {
        return IntegrationTestStack.running();
    }

    /** The server root, e.g. http://localhost:41234, as people type it on the sign-in screen. */
    static URI server() {
        return stack().httpUrl();
    }

    /** The HTTPS root, e.g. https://localhost:41235, whose certificate {@link #trustStore()} holds. */
    static URI httpsServer() {
        return stack().httpsUrl();
    }

    /** The clients' trust store of the stack's HTTPS port (password ordo-dev). */
    static java.nio.file.Path trustStore() {
        return stack().trustStore();
    }

    static DemoCredentials credentials() {
        return stack().credentials();
    }
}
