package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DevStackTest {

    @TempDir
    Path data;
    @TempDir
    Path wlpHome;

    @BeforeEach
    void a_built_server() throws IOException {
        Path server = Files.createDirectories(wlpHome.resolve("usr/servers/ordo"));
        Files.writeString(server.resolve("server.xml"), "<server/>");
    }

    @Test
    void without_liberty_the_stack_runs_the_services_and_prepares_the_server_with_their_coordinates() throws Exception {
        DevStack stack = DevStack.builder(data).wlpHome(wlpHome).startLiberty(false).start();
        try (stack) {
            assertThat(stack.variables()).containsOnlyKeys(
                    "ordo.http.host", "ordo.http.port", "ordo.https.port",
                    "ordo.db.host", "ordo.db.port", "ordo.db.name", "ordo.db.user", "ordo.db.password",
                    "ordo.reporting.db.user", "ordo.reporting.db.password", "ordo.amqp.host", "ordo.amqp.port", "ordo.gateway.url", "ordo.keystore.password",
                    "ordo.keystore.location", "ordo.demo.data",
                    "ordo.bootstrap.admin.password", "ordo.bootstrap.staff.password", "ordo.bootstrap.storefront.secret",
                    "ordo.privacy.master-keys", "ordo.privacy.search-key", "ordo.log.console-format");
            assertThat(stack.variables())
                    .containsEntry("ordo.http.host", "localhost")
                    .containsEntry("ordo.http.port", Integer.toString(stack.httpPort()))
                    .containsEntry("ordo.db.port", Integer.toString(stack.postgres().port()))
                    .containsEntry("ordo.db.password", stack.postgres().password())
                    .containsEntry("ordo.reporting.db.user", "ordo_reporting")
                    .containsEntry("ordo.reporting.db.password", stack.postgres().reportingPassword())
                    .containsEntry("ordo.amqp.port", Integer.toString(stack.broker().amqpPort()))
                    .containsEntry("ordo.gateway.url", stack.sandbox().baseUri().toString())
                    .containsEntry("ordo.demo.data", "true")
                    .containsEntry("ordo.bootstrap.storefront.secret", stack.credentials().storefrontSecret());
            assertThat(stack.httpsPort()).isNotEqualTo(stack.httpPort());
            assertThat(stack.variables().get("ordo.privacy.master-keys")).startsWith("dev1:");
            assertThat(java.security.KeyStore.getInstance(stack.trustStore().toFile(), "ordo-dev".toCharArray())
                    .getCertificate("ordo-dev")).as("the dev trust store holds the server's certificate").isNotNull();

            LibertyInstance liberty = stack.liberty().orElseThrow();
            assertThat(liberty.isRunning()).isFalse();
            Path overrides = liberty.usrDirectory().resolve("servers/ordo/configDropins/overrides/devstack.xml");
            assertThat(overrides).content().contains(stack.postgres().password(), stack.credentials().adminPassword());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(overrides))).isEqualTo("rw-------");

            try (Connection connection = stack.postgres().dataSource().getConnection()) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(listens(stack.broker().amqpPort())).isTrue();
            HttpResponse<Void> sandbox = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(stack.sandbox().baseUri()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(sandbox.statusCode()).isBetween(200, 499);

            try (DataFolder folder = DataFolder.acquire(data)) {
                assertThat(Banner.render(stack, folder)).contains(
                        stack.postgres().jdbcUrl(), stack.broker().amqpUrl(), stack.sandbox().baseUri().toString(),
                        stack.credentials().file().toString(), "demo-storefront", "WLP_USER_DIR=" + liberty.usrDirectory());
            }
            assertThat(Banner.tokenCurl(stack)).isEqualTo("curl -s -X POST -d grant_type=client_credentials"
                    + " -d client_id=demo-storefront -d client_secret=" + stack.credentials().storefrontSecret()
                    + " http://localhost:" + stack.httpPort() + "/api/v1/oauth/token");
        }
        assertThat(listens(stack.postgres().port())).as("PostgreSQL stopped").isFalse();
        assertThat(listens(stack.broker().amqpPort())).as("broker stopped").isFalse();
        assertThat(listens(stack.sandbox().port())).as("sandbox stopped").isFalse();
    }

    @Test
    void extra_variables_reach_the_server_beside_the_stacks_own() throws Exception {
        try (DevStack stack = DevStack.builder(data).wlpHome(wlpHome).startLiberty(false)
                .extraVariables(Map.of("ordo.payments.reconcile-interval-ms", "500",
                        "io.ordo.payments.infrastructure.SandboxGatewayClient/CircuitBreaker/delay", "3000"))
                .start()) {
            assertThat(stack.variables())
                    .containsEntry("ordo.payments.reconcile-interval-ms", "500")
                    .containsEntry("io.ordo.payments.infrastructure.SandboxGatewayClient/CircuitBreaker/delay", "3000")
                    .containsEntry("ordo.http.port", Integer.toString(stack.httpPort()));
            assertThat(stack.liberty().orElseThrow().usrDirectory().resolve("servers/ordo/configDropins/overrides/devstack.xml"))
                    .content()
                    .contains("<variable name=\"ordo.payments.reconcile-interval-ms\" value=\"500\"/>")
                    .contains("<variable name=\"io.ordo.payments.infrastructure.SandboxGatewayClient/CircuitBreaker/delay\" value=\"3000\"/>");
        }
    }

    @Test
    void an_extra_variable_cannot_replace_one_the_stack_sets_and_nothing_is_left_running() {
        DevStack stack = DevStack.builder(data).wlpHome(wlpHome).startLiberty(false)
                .extraVariables(Map.of("ordo.db.port", "5432"))
                .build();

        assertThatThrownBy(stack::start)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordo.db.port");
        assertThat(listens(stack.postgres().port())).as("PostgreSQL stopped").isFalse();
        assertThat(listens(stack.broker().amqpPort())).as("broker stopped").isFalse();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void a_liberty_that_dies_fails_the_start_fast_with_its_last_words_and_stops_the_rest() throws Exception {
        Path script = Files.createDirectories(wlpHome.resolve("bin")).resolve("server");
        Files.writeString(script, "#!/bin/sh\necho \"pretending to be Liberty: $1 $2 in $WLP_USER_DIR\"\necho 'CWWKE0005E: boom'\nexit 3\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        DevStack stack = DevStack.builder(data).wlpHome(wlpHome).build();

        assertThatThrownBy(stack::start)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Liberty did not start")
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("CWWKE0005E: boom")
                .hasMessageContaining("run ordo in " + data.resolve("liberty/usr"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(listens(stack.postgres().port())).as("PostgreSQL stopped").isFalse();
            assertThat(listens(stack.broker().amqpPort())).as("broker stopped").isFalse();
        });
        assertThat(data.resolve("liberty/console.log")).content().contains("CWWKE0005E: boom");
    }

    @Test
    void starting_liberty_without_a_liberty_installation_fails_before_anything_starts() {
        assertThatThrownBy(() -> DevStack.builder(data).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("./mvnw -pl liberty -am package");
        assertThat(data.resolve("postgres")).doesNotExist();
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
