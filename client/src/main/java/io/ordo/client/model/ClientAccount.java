package io.ordo.client.model;

import java.time.Instant;
import java.util.Set;

/**
 * A storefront client (a web shop's server) as admins see it; never its secret.
 *
 * @param clientId what it signs in with
 * @param displayName the shop as people name it
 * @param enabled false once disabled: it gets no new tokens until enabled again
 */
public record ClientAccount(String clientId, String displayName, Set<String> roles, boolean enabled, Instant createdAt) {

    public ClientAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
