package io.ordo.identity.application;

import io.ordo.identity.domain.Accounts;
import io.ordo.identity.domain.PasswordHasher;
import io.ordo.identity.domain.StaffUser;
import io.ordo.identity.domain.StorefrontClient;
import io.ordo.platform.security.Roles;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first accounts from configuration when they do not exist yet, so a new
 * installation can be signed in to: an admin, a staff user and a demo storefront client. Each is
 * created only if its secret is configured; secrets never live in the repository.
 */
@ApplicationScoped
public class StartupAccounts {

    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String DEMO_STOREFRONT = "demo-storefront";

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "ordo.bootstrap.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "ordo.bootstrap.staff.password")
    Optional<String> staffPassword;

    @Inject
    @ConfigProperty(name = "ordo.bootstrap.storefront.secret")
    Optional<String> storefrontSecret;

    private final PasswordHasher hasher = new PasswordHasher();

    @Transactional
    void createMissing(@Observes @Priority(SigningKeyRing.START_PRIORITY + 10) Startup startup) {
        Instant now = Instant.now();
        adminPassword.filter(p -> accounts.user(ADMIN).isEmpty()).ifPresent(password -> {
            accounts.add(StaffUser.create(ADMIN, hasher.hash(password.toCharArray()), Set.of(Roles.ADMIN, Roles.STAFF), now));
            LOG.info("Created the start-up admin user '" + ADMIN + "'");
        });
        staffPassword.filter(p -> accounts.user(STAFF).isEmpty()).ifPresent(password -> {
            accounts.add(StaffUser.create(STAFF, hasher.hash(password.toCharArray()), Set.of(Roles.STAFF), now));
            LOG.info("Created the start-up staff user '" + STAFF + "'");
        });
        storefrontSecret.filter(s -> accounts.client(DEMO_STOREFRONT).isEmpty()).ifPresent(secret -> {
            accounts.add(StorefrontClient.create(DEMO_STOREFRONT, "Demo storefront",
                    hasher.hash(secret.toCharArray()), Set.of(Roles.STOREFRONT), now));
            LOG.info("Created the start-up storefront client '" + DEMO_STOREFRONT + "'");
        });
    }
}
