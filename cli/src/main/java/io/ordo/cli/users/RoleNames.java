package io.ordo.cli.users;

import java.util.Collection;
import java.util.stream.Collectors;

/** Roles as tables show them: sorted, comma-separated, so the same account always reads the same. */
public final class RoleNames {

    private RoleNames() {
    }

    public static String joined(Collection<String> roles) {
        return roles.stream().sorted().collect(Collectors.joining(","));
    }
}
