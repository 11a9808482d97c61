package io.ordo.it;

import io.ordo.devstack.DevStack;
import io.ordo.devstack.PostgresService;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the tests need to know of the running stack. Published as system properties by
 * {@link OrdoStackSession} (Arquillian's configuration reads them too).
 */
final class Stack {

    private Stack() {
    }

    static void publish(DevStack stack, Path usrDirectory, String serverName) {
        System.setProperty("ordo.it.usrDir", usrDirectory.toString());
        System.setProperty("ordo.it.serverName", serverName);
        System.setProperty("ordo.it.httpPort", Integer.toString(stack.httpPort()));
        System.setProperty("ordo.it.httpsPort", Integer.toString(stack.httpsPort()));
        System.setProperty("ordo.it.trustStore", stack.trustStore().toString());
        System.setProperty("ordo.it.sandbox", stack.sandbox().baseUri().toString());
        System.setProperty("ordo.it.storefront.id", stack.credentials().storefrontClientId());
        System.setProperty("ordo.it.storefront.secret", stack.credentials().storefrontSecret());
        System.setProperty("ordo.it.staff.user", stack.credentials().staffUser());
        System.setProperty("ordo.it.staff.password", stack.credentials().staffPassword());
        System.setProperty("ordo.it.admin.user", stack.credentials().adminUser());
        System.setProperty("ordo.it.admin.password", stack.credentials().adminPassword());
        System.setProperty("ordo.it.db.host", stack.postgres().host());
        System.setProperty("ordo.it.db.port", Integer.toString(stack.postgres().port()));
    }

    /** The packaged application, exactly as the build produced it. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(required("ordo.ear")));
    }

    /** The server root, e.g. http://localhost:41234 (the ear's context root is "/"). */
    static URI server() {
        return URI.create("http://localhost:" + required("ordo.it.httpPort"));
    }

    /** The HTTPS root, e.g. https://localhost:41235, whose certificate {@link #trustStore()} holds. */
    static URI secureServer() {
        return URI.create("https://localhost:" + required("ordo.it.httpsPort"));
    }

    static Path trustStore() {
        return Path.of(required("ordo.it.trustStore"));
    }

    static URI sandbox() {
        return URI.create(required("ordo.it.sandbox"));
    }

    static String storefrontId() {
        return required("ordo.it.storefront.id");
    }

    static String storefrontSecret() {
        return required("ordo.it.storefront.secret");
    }

    static String staffUser() {
        return required("ordo.it.staff.user");
    }

    static String staffPassword() {
        return required("ordo.it.staff.password");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the integration tests through Maven "
                    + "(./mvnw verify), which starts the stack first");
        }
        return value;
    }

    static String adminUser() {
        return required("ordo.it.admin.user");
    }

    static String adminPassword() {
        return required("ordo.it.admin.password");
    }

    /**
     * The application's database as the embedded cluster's superuser (trusted locally, no
     * password): what an operator can do behind the application's back, such as revoking a grant.
     */
    static DataSource databaseAsSuperuser() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {required("ordo.it.db.host")});
        dataSource.setPortNumbers(new int[] {Integer.parseInt(required("ordo.it.db.port"))});
        dataSource.setDatabaseName(PostgresService.DATABASE);
        dataSource.setUser("postgres");
        return dataSource;
    }
}
