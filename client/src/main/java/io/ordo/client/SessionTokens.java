package io.ordo.client;

import java.util.Objects;

/**
 * What a password session needs to go on in another process: the access token and the newest
 * refresh token. The server rotates refresh tokens, so whoever keeps these must keep the newest
 * pair ({@link OrdoClient#onSessionRenewed}). Neither value appears in {@code toString}.
 */
public record SessionTokens(AccessToken accessToken, String refreshToken) {

    public SessionTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "SessionTokens[expiresAt=" + accessToken.expiresAt() + "]";
    }
}
