package io.ordo.cli.session;

import io.ordo.client.AccessToken;
import io.ordo.client.SessionTokens;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in session: which server, who, the bearer token that proves it until it expires, and
 * the rotating refresh token that renews it (null in a session saved by an older {@code ordo}).
 */
public record Session(URI server, String username, String accessToken, Instant expiresAt, String refreshToken) {

    /** The session of {@code username} at {@code server} holding {@code tokens}. */
    public static Session of(URI server, String username, SessionTokens tokens) {
        return new Session(server, username, tokens.accessToken().value(), tokens.accessToken().expiresAt(),
                tokens.refreshToken());
    }

    /** What the client needs to go on with it, when it can be renewed. */
    public Optional<SessionTokens> tokens() {
        return refreshToken == null ? Optional.empty()
                : Optional.of(new SessionTokens(new AccessToken(accessToken, expiresAt), refreshToken));
    }

    @Override
    public String toString() {
        return "Session[server=" + server + ", username=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
