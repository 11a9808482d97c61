package io.ordo.client;

import java.util.function.Function;

/**
 * Renews a password session with its refresh token. The server rotates refresh tokens: each
 * renewal hands back a new one and the old one is spent (using it again revokes the session), so
 * only the newest is kept. The caller serialises renewals (the client renews under its lock).
 */
final class RefreshingRenewal implements TokenRenewal {

    /** What the token endpoint granted: the access token and, for staff and admins, a refresh token. */
    record Granted(AccessToken accessToken, String refreshToken) {
    }

    private final Function<OrdoClient.Form, Granted> tokenEndpoint;
    private String refreshToken;

    RefreshingRenewal(Function<OrdoClient.Form, Granted> tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    /** Keeps the grant's refresh token (when there is one) and returns its access token. */
    AccessToken accept(Granted granted) {
        if (granted.refreshToken() != null && !granted.refreshToken().isBlank()) {
            refreshToken = granted.refreshToken();
        }
        return granted.accessToken();
    }

    /** The newest refresh token, or null when the server issued none. */
    String refreshToken() {
        return refreshToken;
    }

    /** This renewal, or null when the server issued no refresh token (nothing to renew with). */
    TokenRenewal orNull() {
        return refreshToken == null ? null : this;
    }

    @Override
    public AccessToken renew() {
        return accept(tokenEndpoint.apply(new OrdoClient.Form()
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken)));
    }
}
