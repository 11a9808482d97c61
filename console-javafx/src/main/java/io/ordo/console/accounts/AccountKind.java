package io.ordo.console.accounts;

import io.ordo.client.OrdoClient;
import io.ordo.client.model.GeneratedSecret;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two kinds of accounts admins manage with the same screen: staff and admin users (whose
 * detail is their roles) and storefront clients (whose detail is their display name).
 */
public enum AccountKind {
    USERS("Users", "user", "Username", "Roles", "Reset password", "password"),
    CLIENTS("Storefront clients", "storefront client", "Client id", "Display name", "Rotate secret", "secret");

    /** The roles the server gives people (it refuses any other for a user). */
    private static final List<String> PEOPLES_ROLES = List.of("staff", "admin");

    private final String title;
    private final String noun;
    private final String idLabel;
    private final String detailLabel;
    private final String resetLabel;
    private final String secretNoun;

    AccountKind(String title, String noun, String idLabel, String detailLabel, String resetLabel, String secretNoun) {
        this.title = title;
        this.noun = noun;
        this.idLabel = idLabel;
        this.detailLabel = detailLabel;
        this.resetLabel = resetLabel;
        this.secretNoun = secretNoun;
    }

    List<AccountRow> list(OrdoClient client) {
        return switch (this) {
            case USERS -> client.admin().users().stream().map(user -> new AccountRow(user.username(),
                    String.join(", ", new TreeSet<>(user.roles())), user.enabled(), user.createdAt())).toList();
            case CLIENTS -> client.admin().clients().stream().map(shop -> new AccountRow(shop.clientId(),
                    shop.displayName() == null ? "" : shop.displayName(), shop.enabled(), shop.createdAt())).toList();
        };
    }

    /** The roles a new account may be given, chosen rather than typed: people are staff, admins or both; clients have none. */
    public List<String> roles() {
        return this == USERS ? PEOPLES_ROLES : List.of();
    }

    /** Checks the new account's detail before anything is sent; a message for people when it is wrong. */
    void check(String detail) {
        if (this == USERS) {
            Set<String> roles = roles(detail);
            if (roles.isEmpty() || !PEOPLES_ROLES.containsAll(roles)) {
                throw new IllegalArgumentException("Choose the new user's roles: staff, admin or both.");
            }
        }
    }

    private static Set<String> roles(String detail) {
        Set<String> roles = new TreeSet<>();
        Arrays.stream(detail == null ? new String[0] : detail.split(","))
                .map(role -> role.strip().toLowerCase(Locale.ROOT)).filter(role -> !role.isEmpty()).forEach(roles::add);
        return roles;
    }

    GeneratedSecret create(OrdoClient client, String id, String detail) {
        return switch (this) {
            case USERS -> client.admin().createUser(id, roles(detail));
            case CLIENTS -> client.admin().createClient(id, detail == null || detail.isBlank() ? null : detail.strip());
        };
    }

    void disable(OrdoClient client, String id) {
        switch (this) {
            case USERS -> client.admin().disableUser(id);
            case CLIENTS -> client.admin().disableClient(id);
        }
    }

    void enable(OrdoClient client, String id) {
        switch (this) {
            case USERS -> client.admin().enableUser(id);
            case CLIENTS -> client.admin().enableClient(id);
        }
    }

    GeneratedSecret reset(OrdoClient client, String id) {
        return switch (this) {
            case USERS -> client.admin().resetPassword(id);
            case CLIENTS -> client.admin().rotateClientSecret(id);
        };
    }

    public String title() {
        return title;
    }

    public String noun() {
        return noun;
    }

    public String idLabel() {
        return idLabel;
    }

    public String detailLabel() {
        return detailLabel;
    }

    public String resetLabel() {
        return resetLabel;
    }

    public String secretNoun() {
        return secretNoun;
    }
}
