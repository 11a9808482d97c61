package io.ordo.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo users' secrets. The backend creates the users {@value #ADMIN_USER} and
 * {@value #STAFF_USER} and the storefront client {@value #STOREFRONT_CLIENT_ID} from them when
 * they are missing. They are generated on the first start of a data folder and kept in
 * {@value #FILE_NAME} there (owner-only): never in the repository, never the same on two machines.
 */
public final class DemoCredentials {

    public static final String FILE_NAME = "credentials.properties";
    public static final String ADMIN_USER = "admin";
    public static final String STAFF_USER = "staff";
    public static final String STOREFRONT_CLIENT_ID = "demo-storefront";

    private static final String ADMIN_PASSWORD = "admin.password";
    private static final String STAFF_PASSWORD = "staff.password";
    private static final String STOREFRONT_SECRET = "storefront.secret";

    private final Path file;
    private final String adminPassword;
    private final String staffPassword;
    private final String storefrontSecret;

    private DemoCredentials(Path file, Map<String, String> secrets) {
        this.file = file;
        this.adminPassword = secrets.get(ADMIN_PASSWORD);
        this.staffPassword = secrets.get(STAFF_PASSWORD);
        this.storefrontSecret = secrets.get(STOREFRONT_SECRET);
    }

    /** Loads the credentials of a data folder, generating those it does not have yet. */
    public static DemoCredentials loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Map<String, String> secrets = SecretsFile.loadOrGenerate(file,
                "Ordo dev stack demo credentials (users admin and staff, storefront client demo-storefront)."
                        + " Generated once; delete the data folder to start afresh.",
                List.of(ADMIN_PASSWORD, STAFF_PASSWORD, STOREFRONT_SECRET));
        return new DemoCredentials(file, secrets);
    }

    public Path file() {
        return file;
    }

    public String adminUser() {
        return ADMIN_USER;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public String staffUser() {
        return STAFF_USER;
    }

    public String staffPassword() {
        return staffPassword;
    }

    public String storefrontClientId() {
        return STOREFRONT_CLIENT_ID;
    }

    public String storefrontSecret() {
        return storefrontSecret;
    }

    @Override
    public String toString() {
        // Secrets stay out of logs and assertion messages.
        return "DemoCredentials[" + file + "]";
    }
}
