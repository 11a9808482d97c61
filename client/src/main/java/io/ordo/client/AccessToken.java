package io.ordo.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A bearer token and the moment it stops being accepted. Its value never appears in toString. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when the token is expired at {@code now}, or will be within {@code margin}. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
