package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.devstack.DevCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** The HTTPS port speaks TLS 1.3 only, with a certificate clients verify rather than trust blindly. */
class TransportSecurityIT extends PackagedServer {

    private static SSLContext trustingTheDevCertificate() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Stack.trustStore())) {
            trusted.load(in, DevCertificate.TRUST_STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(Stack.secureServer().resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_client_that_verifies_the_certificate_gets_tls_1_3() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheDevCertificate()).build();

        HttpResponse<String> health = get(client, "/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.sslSession()).hasValueSatisfying(session -> assertThat(session.getProtocol()).isEqualTo("TLSv1.3"));
        assertThat(get(client, "/api/v1/products").statusCode()).as("the API itself is served over HTTPS").isEqualTo(401);
    }

    @Test
    void api_answers_over_https_tell_browsers_to_keep_to_https_and_plain_http_ones_do_not() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheDevCertificate()).build();

        HttpResponse<String> overTls = get(client, "/api/v1/products");
        Http.Reply plain = Http.send(Http.api("products").GET());

        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(overTls.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(plain.header("Strict-Transport-Security")).as("RFC 6797 §7.2: not over plain HTTP").isEmpty();
    }

    @Test
    void a_client_that_does_not_know_the_certificate_is_refused_by_its_own_verification() {
        HttpClient client = HttpClient.newBuilder().build();

        assertThatThrownBy(() -> get(client, "/health")).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void tls_1_2_and_older_are_refused() throws Exception {
        SSLParameters onlyTls12 = new SSLParameters();
        onlyTls12.setProtocols(new String[] {"TLSv1.2"});
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheDevCertificate()).sslParameters(onlyTls12).build();

        assertThatThrownBy(() -> get(client, "/health")).isInstanceOf(IOException.class);
    }
}
