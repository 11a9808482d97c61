package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tokens that look right but are not: each is refused with 401 and the RFC 6750 challenge that
 * tells a client its token is the problem, while the same claims signed properly are accepted.
 */
class TokenValidationIT extends PackagedServer {

    private static Http.Reply products(String token) {
        return Http.send(Http.api("products?limit=1", token).GET());
    }

    @Test
    void tokens_with_bad_times_issuer_audience_key_or_algorithm_are_refused_as_invalid() throws Exception {
        ForgedTokens forge = ForgedTokens.from(Http.storefrontToken());
        long now = Instant.now().getEpochSecond();
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("expired a minute ago", forge.signed(claims -> claims.put("iat", now - 1000).put("exp", now - 60)));
        attacks.put("not valid for two minutes", forge.signed(claims -> claims.put("iat", now).put("nbf", now + 120)));
        attacks.put("issued in the future", forge.signed(claims -> claims.put("iat", now + 600).put("exp", now + 1500)));
        attacks.put("another issuer", forge.signed(claims -> claims.put("iss", "https://evil.example/")));
        attacks.put("another audience", forge.signed(claims -> claims.put("aud", "some-other-api")));
        attacks.put("no expiry", forge.signed(claims -> claims.remove("exp")));
        attacks.put("unknown kid", forge.signedByAStranger("not-a-key-of-ours"));
        attacks.put("real kid, stranger's key", forge.signedByAStrangerUnderTheRealKid());
        attacks.put("HS256 keyed with the public key", forge.hs256WithThePublicKey());

        assertThat(products(forge.signed(claims -> { })).status()).as("the unchanged claims, re-signed").isEqualTo(200);
        attacks.forEach((attack, token) -> {
            Http.Reply reply = products(token);
            assertThat(reply.status()).as(attack + ": " + reply).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as(attack)
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer").contains("error=\"invalid_token\""));
            assertThat(reply.contentType()).as(attack).startsWith("application/problem+json");
        });
    }

    @Test
    void a_request_without_credentials_is_challenged_without_an_error_code() {
        Http.Reply reply = Http.send(Http.api("orders").GET());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Bearer").doesNotContain("error="));
    }
}
