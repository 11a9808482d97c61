package io.ordo.cli.config;

import io.ordo.cli.command.Environment;
import io.ordo.client.ServerConfig;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which certificates an HTTPS server is trusted by, as the console chooses them: the trust store
 * named by {@code $ORDO_TRUSTSTORE} (password {@code $ORDO_TRUSTSTORE_PASSWORD}, else the dev
 * stack's), else, for a server on this machine, the dev stack's own
 * ({@code ~/.ordo/dev/truststore.p12}), else the JDK's. The names of older releases,
 * {@code $ORDO_TRUST_STORE} and {@code $ORDO_TRUST_STORE_PASSWORD}, still work, with a warning.
 */
public final class TrustStoreChoice {

    /** The password the dev stack gives its trust store (it holds a public certificate only). */
    static final String DEV_STACK_PASSWORD = "ordo-dev";

    private final Environment environment;
    private final PrintWriter warnings;

    public TrustStoreChoice(Environment environment, PrintWriter warnings) {
        this.environment = environment;
        this.warnings = warnings;
    }

    /** Sets the trust store for {@code server} on {@code config}, if one applies. */
    public void applyTo(URI server, ServerConfig.Builder config) {
        if (!"https".equalsIgnoreCase(server.getScheme())) {
            return;
        }
        Optional<Path> store = variable("ORDO_TRUSTSTORE", "ORDO_TRUST_STORE").map(Path::of)
                .or(() -> devStackStore(server));
        store.ifPresent(path -> config.trustStore(path, variable("ORDO_TRUSTSTORE_PASSWORD", "ORDO_TRUST_STORE_PASSWORD")
                .orElse(DEV_STACK_PASSWORD).toCharArray()));
    }

    private Optional<Path> devStackStore(URI server) {
        String host = server.getHost();
        boolean local = "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        Path devStack = environment.userHome().resolve(".ordo").resolve("dev").resolve("truststore.p12");
        return local && Files.isReadable(devStack) ? Optional.of(devStack) : Optional.empty();
    }

    private Optional<String> variable(String name, String formerName) {
        return environment.variable(name).or(() -> {
            Optional<String> former = environment.variable(formerName);
            former.ifPresent(value -> {
                warnings.println("ordo: $" + formerName + " is deprecated: name it $" + name + " instead.");
                warnings.flush();
            });
            return former;
        });
    }
}
