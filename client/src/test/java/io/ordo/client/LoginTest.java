package io.ordo.client;

import io.ordo.client.testing.RecordedRequest;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LoginTest {

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_password_login_yields_a_token_that_authorizes_later_calls() {
        server.acceptPassword("alice", "s3cret & more", "jwt-alice")
                .respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));
        Instant before = Instant.now();

        AccessToken token = client.loginWithPassword("alice", "s3cret & more".toCharArray());
        client.orders(OrderQuery.all());

        assertThat(token.value()).isEqualTo("jwt-alice");
        assertThat(token.expiresAt()).isBetween(before.plusSeconds(899), Instant.now().plusSeconds(900));
        assertThat(client.accessToken()).contains(token);
        RecordedRequest tokenRequest = server.requests("/api/v1/oauth/token").get(0);
        assertThat(tokenRequest.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(server.requests("/api/v1/orders").get(0).header("Authorization")).contains("Bearer jwt-alice");
    }

    @Test
    void a_wrong_password_is_an_authentication_failure_with_the_servers_words() {
        server.acceptPassword("alice", "right", "jwt");

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> client.loginWithPassword("alice", "wrong".toCharArray()));

        assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.title()).isEqualTo("invalid_grant");
        assertThat(failure.getMessage()).isEqualTo("Invalid username or password");
        assertThat(client.accessToken()).isEmpty();
    }

    @Test
    void a_client_credentials_token_is_renewed_before_it_expires() {
        server.respond("POST", "/api/v1/oauth/token", request -> StubResponse.json(200,
                "{\"access_token\":\"jwt-" + server.requests("/api/v1/oauth/token").size()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":5}"))
                .respond("GET", "/api/v1/products", StubResponse.fixture("products-page-3.json"));

        client.loginWithClientCredentials("web-eu", "shop-secret".toCharArray());
        client.products(ProductQuery.firstPage());

        assertThat(server.requests("/api/v1/oauth/token")).hasSize(2)
                .allSatisfy(request -> assertThat(request.form())
                        .containsEntry("grant_type", "client_credentials")
                        .containsEntry("client_id", "web-eu")
                        .containsEntry("client_secret", "shop-secret"));
        assertThat(server.requests("/api/v1/products").get(0).header("Authorization")).contains("Bearer jwt-2");
    }

    @Test
    void a_password_session_renews_with_its_rotating_refresh_token_and_never_sends_the_password_again() {
        server.respond("POST", "/api/v1/oauth/token", request -> {
            int n = server.requests("/api/v1/oauth/token").size();
            return StubResponse.json(200, "{\"access_token\":\"jwt-" + n + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":5,\"refresh_token\":\"refresh-" + n + "\"}");
        }).respond("GET", "/api/v1/products", StubResponse.fixture("products-page-3.json"));

        client.loginWithPassword("alice", "s3cret".toCharArray());
        client.products(ProductQuery.firstPage());
        client.products(ProductQuery.firstPage());

        List<RecordedRequest> tokenRequests = server.requests("/api/v1/oauth/token");
        assertThat(tokenRequests).hasSize(3);
        assertThat(tokenRequests.get(1).form()).containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "refresh-1").doesNotContainKey("password");
        assertThat(tokenRequests.get(2).form()).containsEntry("refresh_token", "refresh-2");
        assertThat(server.requests("/api/v1/products").get(1).header("Authorization")).contains("Bearer jwt-3");
    }

    @Test
    void a_refused_refresh_token_fails_the_call_as_an_authentication_failure() {
        server.respond("POST", "/api/v1/oauth/token", request -> "refresh_token".equals(request.form().get("grant_type"))
                ? StubResponse.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"sign in again\"}")
                : StubResponse.json(200, "{\"access_token\":\"jwt\",\"expires_in\":5,\"refresh_token\":\"r\"}"));
        client.loginWithPassword("alice", "s3cret".toCharArray());

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.products(ProductQuery.firstPage()));

        assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(server.requests("/api/v1/products")).isEmpty();
    }

    @Test
    void a_long_lived_token_is_not_renewed_on_every_call() {
        server.respond("POST", "/api/v1/oauth/token", StubResponse.json(200,
                        "{\"access_token\":\"jwt\",\"token_type\":\"Bearer\",\"expires_in\":900}"))
                .respond("GET", "/api/v1/products", StubResponse.fixture("products-page-3.json"));

        client.loginWithClientCredentials("web-eu", "shop-secret".toCharArray());
        client.products(ProductQuery.firstPage());
        client.products(ProductQuery.firstPage());

        assertThat(server.requests("/api/v1/oauth/token")).hasSize(1);
    }

    @Test
    void a_saved_token_is_used_as_it_is() {
        server.respond("GET", "/api/v1/products", StubResponse.fixture("products-page-3.json"));

        client.useAccessToken(new AccessToken("saved-jwt", Instant.now().plus(Duration.ofMinutes(10))));
        client.products(ProductQuery.firstPage());

        assertThat(server.requests("/api/v1/products").get(0).header("Authorization")).contains("Bearer saved-jwt");
    }

    @Test
    void a_token_never_shows_its_value_in_logs() {
        AccessToken token = new AccessToken("eyJhbGciOi.secret.signature", Instant.parse("2025-03-01T14:20:00Z"));

        assertThat(token.toString()).doesNotContain("secret").contains("2025-03-01T14:20:00Z");
    }
}
