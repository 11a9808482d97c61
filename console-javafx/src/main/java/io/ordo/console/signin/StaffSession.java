package io.ordo.console.signin;

import io.ordo.client.OrdoClient;

import java.net.URI;
import java.util.Set;

/**
 * A signed-in staff member, the roles their token grants ({@code staff}, {@code admin}) and the
 * client that acts for them. Roles only decide what the console offers; the server decides what
 * is allowed.
 */
public record StaffSession(URI server, String username, Set<String> roles, OrdoClient client) {

    public StaffSession {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    /** Customers' name, email, phone and address are for staff and admins. */
    public boolean maySeePersonalData() {
        return roles.contains("staff") || roles.contains("admin");
    }
}
