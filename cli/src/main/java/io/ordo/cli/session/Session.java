package io.ordo.cli.session;

import java.net.URI;
import java.time.Instant;

/** A signed-in session: which server, who, and the bearer token that proves it until it expires. */
public record Session(URI server, String username, String accessToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "Session[server=" + server + ", username=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
