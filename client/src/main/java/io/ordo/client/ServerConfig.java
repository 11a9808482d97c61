package io.ordo.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server is and how to talk to it: base URL, the trust store of a development
 * certificate if the server has one, and how long to wait.
 */
public final class ServerConfig {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUri;
    private final Path trustStore;
    private final char[] trustStorePassword;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    private ServerConfig(Builder builder) {
        this.baseUri = builder.baseUri;
        this.trustStore = builder.trustStore;
        this.trustStorePassword = builder.trustStorePassword;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
    }

    /** A configuration with default timeouts and the JDK's trusted certificates. */
    public static ServerConfig of(URI baseUri) {
        return builder(baseUri).build();
    }

    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** The server's root, always ending in {@code /} so API paths resolve below it. */
    public URI baseUri() {
        return baseUri;
    }

    public Optional<Path> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    char[] trustStorePassword() {
        return trustStorePassword;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Builds a {@link ServerConfig}; only the base URL is required. */
    public static final class Builder {

        private final URI baseUri;
        private Path trustStore;
        private char[] trustStorePassword;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

        private Builder(URI baseUri) {
            this.baseUri = withTrailingSlash(requireHttp(baseUri));
        }

        private static URI requireHttp(URI uri) {
            Objects.requireNonNull(uri, "baseUri");
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new ServerConfigException(
                        "Server URL must look like http://host:port or https://host:port, was '" + uri + "'");
            }
            return uri;
        }

        private static URI withTrailingSlash(URI uri) {
            String path = uri.getPath() == null ? "" : uri.getPath();
            return path.endsWith("/") ? uri : URI.create(uri.toString() + "/");
        }

        /** Trust the certificates in this PKCS12 or JKS file instead of the JDK's defaults. */
        public Builder trustStore(Path path, char[] password) {
            this.trustStore = Objects.requireNonNull(path, "path");
            this.trustStorePassword = password == null ? null : password.clone();
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long one request may take, from sending it to the whole response read. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
