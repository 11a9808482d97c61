package io.ordo.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {

    @Test
    void api_paths_resolve_below_a_base_url_with_or_without_a_trailing_slash() {
        assertThat(ServerConfig.of(URI.create("http://localhost:9080")).baseUri().resolve("api/v1/orders"))
                .isEqualTo(URI.create("http://localhost:9080/api/v1/orders"));
        assertThat(ServerConfig.of(URI.create("https://ordo.example/shop")).baseUri().resolve("api/v1/orders"))
                .isEqualTo(URI.create("https://ordo.example/shop/api/v1/orders"));
    }

    @Test
    void a_url_without_http_scheme_is_refused_with_an_example_of_a_good_one() {
        assertThatThrownBy(() -> ServerConfig.of(URI.create("localhost:9080")))
                .isInstanceOf(ServerConfigException.class)
                .hasMessageContaining("http://host:port");
        assertThatThrownBy(() -> ServerConfig.of(URI.create("ftp://localhost")))
                .isInstanceOf(ServerConfigException.class);
    }

    @Test
    void a_missing_trust_store_is_reported_when_connecting_with_its_path(@TempDir Path dir) {
        Path missing = dir.resolve("dev-cert.p12");
        ServerConfig config = ServerConfig.builder(URI.create("https://localhost:9443"))
                .trustStore(missing, "changeit".toCharArray()).build();

        assertThatThrownBy(() -> OrdoClient.connect(config))
                .isInstanceOf(ServerConfigException.class)
                .hasMessageContaining(missing.toString());
    }
}
