package io.ordo.identity.api;

import io.ordo.identity.application.AccountAdministration;
import io.ordo.identity.domain.StaffUser;
import io.ordo.identity.domain.StorefrontClient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** Accounts as the admin API shows them: never a hash, a new secret only once. */
final class AccountJson {

    static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";
    static final String NAME_RULE = "must be 3 to 64 lower-case letters, digits, '.', '_' or '-'";

    private AccountJson() {
    }

    public record User(String username, Set<String> roles, boolean enabled, Instant createdAt) {
        static User of(StaffUser user) {
            return new User(user.username(), user.roles(), user.enabled(), user.createdAt());
        }
    }

    public record Client(String clientId, String displayName, Set<String> roles, boolean enabled, Instant createdAt) {
        static Client of(StorefrontClient client) {
            return new Client(client.clientId(), client.displayName(), client.roles(), client.enabled(), client.createdAt());
        }
    }

    /** Shown once: Ordo keeps only a hash of it. */
    public record Secret(String account, String secret, String note) {
        static Secret of(AccountAdministration.NewSecret secret) {
            return new Secret(secret.account(), secret.secret(), "Shown once: Ordo keeps only a hash of it.");
        }
    }

    public record NewUser(
            @NotBlank(message = "is required") @Pattern(regexp = NAME_PATTERN, message = NAME_RULE) String username,
            @NotEmpty(message = "must name at least one role: admin, staff") Set<@NotBlank String> roles) {
    }

    public record NewClient(
            @NotBlank(message = "is required") @Pattern(regexp = NAME_PATTERN, message = NAME_RULE) String clientId,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String displayName) {
    }
}
