package io.ordo.identity.application;

import io.ordo.identity.domain.Accounts;
import io.ordo.identity.domain.PasswordHasher;
import io.ordo.identity.domain.RefreshTokens;
import io.ordo.identity.domain.StaffUser;
import io.ordo.identity.domain.StorefrontClient;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * What admins do with accounts: create staff users and storefront clients, disable and enable
 * them, reset a password or rotate a client secret. New secrets are generated here and shown
 * once; only their hashes are kept. Disabling an account, or resetting a password, revokes its
 * refresh tokens and the access tokens it holds ({@link RevocationList}): every server refuses
 * them within seconds.
 */
@ApplicationScoped
public class AccountAdministration {

    /** A secret shown once to the admin who created or reset it. */
    public record NewSecret(String account, String secret) {
    }

    private static final Set<String> PEOPLES_ROLES = Set.of(Roles.ADMIN, Roles.STAFF);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    RevocationList revocationList;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<StaffUser> users() {
        return accounts.users();
    }

    @Transactional
    public List<StorefrontClient> clients() {
        return accounts.clients();
    }

    @Transactional
    public NewSecret createUser(String username, Set<String> roles) {
        if (!PEOPLES_ROLES.containsAll(roles) || roles.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "roles must be one or both of " + PEOPLES_ROLES);
        }
        if (accounts.user(username).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "There is already a user " + username + ".");
        }
        String password = generatedSecret();
        accounts.add(StaffUser.create(username, hasher.hash(password.toCharArray()), roles, clock.instant()));
        return new NewSecret(username, password);
    }

    @Transactional
    public NewSecret createClient(String clientId, String displayName) {
        if (accounts.client(clientId).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "There is already a storefront client " + clientId + ".");
        }
        String secret = generatedSecret();
        accounts.add(StorefrontClient.create(clientId, displayName, hasher.hash(secret.toCharArray()),
                Set.of(Roles.STOREFRONT), clock.instant()));
        return new NewSecret(clientId, secret);
    }

    @Transactional
    public StaffUser setUserEnabled(String username, boolean enabled, String actingAdmin) {
        StaffUser user = user(username);
        if (!enabled && username.equals(actingAdmin)) {
            throw new ProblemException(ProblemType.CONFLICT, "You cannot disable yourself; ask another admin.");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
            refreshTokens.revokeAllOf(username, clock.instant());
            revocationList.revokeSubject(user.subject());
        }
        return user;
    }

    @Transactional
    public StorefrontClient setClientEnabled(String clientId, boolean enabled) {
        StorefrontClient client = client(clientId);
        if (enabled) {
            client.enable();
        } else {
            client.disable();
            revocationList.revokeSubject(client.subject());
        }
        return client;
    }

    @Transactional
    public NewSecret resetPassword(String username) {
        StaffUser user = user(username);
        String password = generatedSecret();
        user.changePassword(hasher.hash(password.toCharArray()));
        refreshTokens.revokeAllOf(username, clock.instant());
        revocationList.revokeSubject(user.subject());
        return new NewSecret(username, password);
    }

    @Transactional
    public NewSecret rotateSecret(String clientId) {
        StorefrontClient client = client(clientId);
        String secret = generatedSecret();
        client.rotateSecret(hasher.hash(secret.toCharArray()));
        return new NewSecret(clientId, secret);
    }

    private StaffUser user(String username) {
        return accounts.user(username)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no user " + username + "."));
    }

    private StorefrontClient client(String clientId) {
        return accounts.client(clientId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no storefront client " + clientId + "."));
    }

    /** 24 random bytes, URL-safe: strong enough that no password rules are needed for it. */
    private static String generatedSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
