package io.ordo.console.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the roles ({@code groups} claim) from an access token's payload, only to decide which
 * screens to offer. The signature is not checked here: the server checks it on every call.
 */
final class TokenClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenClaims() {
    }

    /** The token's groups; empty when it is not a JWT or has none. */
    static Set<String> groups(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return Set.of();
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            Set<String> groups = new HashSet<>();
            payload.path("groups").forEach(group -> groups.add(group.asText()));
            return groups;
        } catch (IOException | IllegalArgumentException unreadable) {
            return Set.of();
        }
    }
}
