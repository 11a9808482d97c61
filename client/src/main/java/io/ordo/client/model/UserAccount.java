package io.ordo.client.model;

import java.time.Instant;
import java.util.Set;

/**
 * A staff or admin account as admins see it; never its password.
 *
 * @param roles what it may do, e.g. {@code staff}, {@code admin}
 * @param enabled false once disabled: it gets no new tokens until enabled again
 */
public record UserAccount(String username, Set<String> roles, boolean enabled, Instant createdAt) {

    public UserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
