package io.ordo.identity.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Roles are stored as a comma-separated column; this keeps the format in one place. */
final class RoleList {

    private RoleList() {
    }

    static Set<String> parse(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String format(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        return String.join(",", new TreeSet<>(roles));
    }
}
