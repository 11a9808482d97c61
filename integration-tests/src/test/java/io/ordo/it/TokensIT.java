package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refresh tokens that rotate and betray reuse, and sign-in throttling. */
class TokensIT extends PackagedServer {

    private static Http.Reply signIn(String username, String password) {
        return Http.tokenRequest(Map.of("grant_type", "password", "username", username, "password", password));
    }

    private static Http.Reply refresh(String refreshToken) {
        return Http.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    @Test
    void a_refresh_token_rotates_and_its_reuse_revokes_the_whole_family() {
        Http.Reply signedIn = signIn(Stack.staffUser(), Stack.staffPassword());
        String first = signedIn.json().get("refresh_token").asText();

        Http.Reply rotated = refresh(first);
        String second = rotated.json().get("refresh_token").asText();
        Http.Reply reused = refresh(first);
        Http.Reply afterTheft = refresh(second);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(Http.send(Http.api("orders?limit=1", rotated.json().get("access_token").asText()).GET()).status())
                .isEqualTo(200);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(afterTheft.status()).as("the family is revoked once a used token comes back").isEqualTo(400);
    }

    @Test
    void a_revoked_refresh_token_ends_its_session_and_unknown_tokens_are_answered_alike() {
        Http.Reply signedIn = signIn(Stack.staffUser(), Stack.staffPassword());
        String first = signedIn.json().get("refresh_token").asText();
        String second = refresh(first).json().get("refresh_token").asText();

        Http.Reply revoked = Http.send(Http.api("oauth/revoke")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of("token", second, "token_type_hint", "refresh_token"))));
        Http.Reply unknown = Http.send(Http.api("oauth/revoke")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of("token", "ort_" + UUID.randomUUID()))));
        Http.Reply missing = Http.sendMalformed(Http.api("oauth/revoke")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of("token_type_hint", "refresh_token"))));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(refresh(second).status()).as("the revoked token").isEqualTo(400);
        assertThat(unknown.status()).as("RFC 7009: an unknown token is no error").isEqualTo(200);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void storefronts_get_no_refresh_token_and_garbage_refresh_tokens_are_refused() {
        Http.Reply storefront = Http.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", Stack.storefrontId(), "client_secret", Stack.storefrontSecret()));

        assertThat(storefront.json().has("refresh_token")).isFalse();
        assertThat(refresh("ort_" + UUID.randomUUID()).json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(Http.tokenRequest(Map.of("grant_type", "refresh_token")).json().get("error").asText())
                .isEqualTo("invalid_request");
    }

    @Test
    void after_a_key_rotation_new_tokens_use_the_new_key_and_older_tokens_stay_valid() {
        String before = Http.storefrontToken();

        Http.Reply rotated = Http.send(Http.api("admin/keys/rotate", Http.adminToken())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(rotated.status()).isEqualTo(200);
        String newKid = rotated.json().get("kid").asText();
        // Published at once, signing a few seconds later: once every server trusts it.
        String after = await("new tokens signed with the new key").atMost(Duration.ofSeconds(20))
                .until(Http::storefrontToken, token -> header(token).contains("\"kid\":\"" + newKid + "\""));
        assertThat(header(before)).doesNotContain(newKid);
        assertThat(Http.send(Http.api("oauth/jwks").GET()).json().get("keys").findValuesAsText("kid")).contains(newKid);
        assertThat(Http.send(Http.api("products?limit=1", before).GET()).status()).isEqualTo(200);
        assertThat(Http.send(Http.api("products?limit=1", after).GET()).status()).isEqualTo(200);
        assertThat(Http.send(Http.api("admin/keys/rotate", Http.staffToken())
                .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
    }

    @Test
    void signing_keys_are_kept_sealed_so_a_copy_of_the_database_cannot_mint_tokens() throws SQLException {
        Http.send(Http.api("admin/keys/rotate", Http.adminToken())
                .POST(HttpRequest.BodyPublishers.noBody()));

        try (Connection db = Stack.databaseAsSuperuser().getConnection(); Statement statement = db.createStatement();
             ResultSet keys = statement.executeQuery("""
                     select k.kid, k.private_key is null, k.private_key_sealed, d.wrapped_key is not null
                     from identity.signing_keys k left join platform.data_keys d on d.id = k.private_key_key_id
                     """)) {
            int count = 0;
            while (keys.next()) {
                count++;
                assertThat(keys.getBoolean(2)).as("no private key in the clear for %s", keys.getString(1)).isTrue();
                assertThat(keys.getString(3)).as("sealed private key of %s", keys.getString(1)).isNotBlank()
                        .doesNotContain("MII");
                assertThat(keys.getBoolean(4)).as("the data key that sealed %s is kept, wrapped", keys.getString(1)).isTrue();
            }
            assertThat(count).isGreaterThanOrEqualTo(2);
        }
        assertThat(Http.send(Http.api("products?limit=1", Http.storefrontToken()).GET()).status()).isEqualTo(200);
    }

    private static String header(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
    }

    @Test
    void repeated_wrong_passwords_for_an_account_are_throttled_with_retry_after() {
        String someone = "guess-target-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(someone, "wrong-" + attempt).status()).as("attempt %d", attempt).isEqualTo(400);
        }

        Http.Reply sixth = signIn(someone, "wrong-6");

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 31));
        assertThat(sixth.json().get("error").asText()).isEqualTo("slow_down");
        assertThat(signIn(Stack.staffUser(), Stack.staffPassword()).status())
                .as("other accounts are not affected").isEqualTo(200);
    }

    @Test
    void a_username_or_client_id_too_long_for_the_old_throttle_column_is_counted_and_throttled() {
        String longName = "u".repeat(250) + UUID.randomUUID().toString().substring(0, 6);
        String longClient = "c".repeat(250) + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> clientGrant = Map.of("grant_type", "client_credentials", "client_id", longClient,
                "client_secret", "wrong");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(longName, "wrong-" + attempt).status()).as("sign-in attempt %d", attempt).isEqualTo(400);
            assertThat(Http.tokenRequest(clientGrant).status()).as("client attempt %d", attempt).isEqualTo(401);
        }

        assertThat(signIn(longName, "wrong-6").status()).as("the sixth failure of a long name is throttled").isEqualTo(429);
        assertThat(Http.tokenRequest(clientGrant).status()).as("and so is a long client id's").isEqualTo(429);
        Http.Reply tooLong = Http.malformedTokenRequest(Map.of("grant_type", "password", "username", "u".repeat(257),
                "password", "wrong"));
        assertThat(tooLong.status()).as("past the endpoint's limit: refused before any hashing").isEqualTo(400);
        assertThat(tooLong.json().get("error_description").asText()).contains("username", "256");
    }

    @Test
    void a_form_parameter_sent_twice_is_400_naming_it() {
        for (String body : List.of("grant_type=password&grant_type=client_credentials",
                "grant_type=password&username=a&username=b&password=x",
                "grant_type=client_credentials&client_id=a&client_secret=x&client_secret=y")) {
            Http.Reply reply = Http.sendMalformed(Http.api("oauth/token").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            String repeated = body.contains("grant_type=client_credentials&") ? "client_secret"
                    : body.contains("username=b") ? "username" : "grant_type";

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_request");
            assertThat(reply.json().get("error_description").asText()).as(body).isEqualTo(repeated + " must be sent once");
        }
    }

    @Test
    void a_token_request_that_is_not_a_form_is_told_to_send_one() {
        Http.Reply json = Http.sendMalformed(Http.api("oauth/token").header("Content-Type", "application/json")
                .POST(Http.json(Map.of("grant_type", "client_credentials"))));
        Http.Reply untyped = Http.sendMalformed(Http.api("oauth/token").POST(HttpRequest.BodyPublishers.ofString("grant_type=password")));

        for (Http.Reply reply : List.of(json, untyped)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_request");
            assertThat(reply.json().get("error_description").asText()).contains("application/x-www-form-urlencoded");
        }
    }
}
