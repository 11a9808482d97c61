package io.ordo.ordering.application;

import io.ordo.platform.security.Roles;
import java.util.Set;

/** Who asks: a storefront acts on its own orders; staff and admins act on all of them. */
public record Caller(String name, Set<String> roles) {

    public boolean isStaff() {
        return roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN);
    }

    /** How the caller appears in an order's history, e.g. {@code staff:bob}. */
    public String actor() {
        if (roles.contains(Roles.ADMIN)) {
            return "admin:" + name;
        }
        return (isStaff() ? "staff:" : "storefront:") + name;
    }

    /** The owner filter for reads: null for staff, who see every order. */
    public String ownerScope() {
        return isStaff() ? null : name;
    }
}
