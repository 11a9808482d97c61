package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real Ordo server (without the application) as the dev stack does: checks that the
 * variables the dev stack writes are the ones server.xml needs, that the instance opens its own
 * HTTP and TLS 1.3 ports, and that stop leaves no process behind. Runs when the server has been
 * built ({@code ./mvnw -pl liberty -am package}), or with {@code -Dordo.wlp.home=<wlp>}.
 */
@EnabledIf("aBuiltServerExists")
class LibertyInstanceRealStartTest {

    @TempDir
    Path instance;

    @Test
    void the_built_server_starts_on_its_own_ports_with_the_dev_stack_variables_and_stops_without_leftovers() throws Exception {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(ServerVariables.HTTP_HOST, "localhost");
        variables.put(ServerVariables.HTTP_PORT, Integer.toString(FreePorts.pick()));
        variables.put(ServerVariables.HTTPS_PORT, Integer.toString(FreePorts.pick()));
        variables.put(ServerVariables.DB_HOST, "localhost");
        variables.put(ServerVariables.DB_PORT, "1");
        variables.put(ServerVariables.DB_NAME, "ordo");
        variables.put(ServerVariables.DB_USER, "ordo");
        variables.put(ServerVariables.DB_PASSWORD, "unused & <escaped>");
        variables.put(ServerVariables.KEYSTORE_PASSWORD, LibertyInstance.keystorePassword(instance));
        LibertyInstance.prepare(wlpHome(), instance, variables, null);
        int httpPort = Integer.parseInt(variables.get(ServerVariables.HTTP_PORT));
        LibertyInstance liberty = new LibertyInstance(wlpHome(), instance, httpPort);

        List<ProcessHandle> started;
        try {
            liberty.start();
            started = ProcessHandle.current().descendants().toList();
            assertThat(started).isNotEmpty();

            HttpResponse<String> overTls = trustingAnyCertificate().send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + variables.get(ServerVariables.HTTPS_PORT)
                            + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(overTls.statusCode()).isEqualTo(200);
            assertThat(overTls.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(instance.resolve("output/ordo/resources/security/key.p12")).exists();
            assertThat(liberty.logsDirectory().resolve("messages.log")).exists();
        } finally {
            liberty.stop();
        }
        assertThat(liberty.isRunning()).isFalse();
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }

    static boolean aBuiltServerExists() {
        return Files.isRegularFile(wlpHome().resolve("usr/servers/ordo/server.xml"));
    }

    private static Path wlpHome() {
        String property = System.getProperty("ordo.wlp.home");
        return property != null && !property.isBlank()
                ? Path.of(property)
                : Path.of("..", "liberty", "target", "liberty", "wlp").toAbsolutePath().normalize();
    }

    /** The instance's certificate is self-signed and made on first start: nothing to verify it against. */
    private static HttpClient trustingAnyCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
