package io.ordo.devstack;

/**
 * The names of the server.xml variables through which the dev stack (and the integration tests)
 * configure the Ordo server: the contract with {@code liberty/src/main/liberty/config/server.xml}
 * and the application's MicroProfile Config.
 */
public final class ServerVariables {

    public static final String HTTP_HOST = "ordo.http.host";
    public static final String HTTP_PORT = "ordo.http.port";
    public static final String HTTPS_PORT = "ordo.https.port";
    public static final String DB_HOST = "ordo.db.host";
    public static final String DB_PORT = "ordo.db.port";
    public static final String DB_NAME = "ordo.db.name";
    public static final String DB_USER = "ordo.db.user";
    public static final String DB_PASSWORD = "ordo.db.password";
    public static final String REPORTING_DB_USER = "ordo.reporting.db.user";
    public static final String REPORTING_DB_PASSWORD = "ordo.reporting.db.password";
    public static final String AMQP_HOST = "ordo.amqp.host";
    public static final String AMQP_PORT = "ordo.amqp.port";
    public static final String GATEWAY_URL = "ordo.gateway.url";
    public static final String KEYSTORE_PASSWORD = "ordo.keystore.password";
    public static final String KEYSTORE_LOCATION = "ordo.keystore.location";
    public static final String DEMO_DATA = "ordo.demo.data";
    public static final String ADMIN_PASSWORD = "ordo.bootstrap.admin.password";
    public static final String STAFF_PASSWORD = "ordo.bootstrap.staff.password";
    public static final String STOREFRONT_SECRET = "ordo.bootstrap.storefront.secret";
    public static final String PRIVACY_MASTER_KEYS = "ordo.privacy.master-keys";
    public static final String PRIVACY_SEARCH_KEY = "ordo.privacy.search-key";
    /** {@code json} (the server's default) or {@code simple}: the dev stack's console is read by people. */
    public static final String LOG_CONSOLE_FORMAT = "ordo.log.console-format";

    private ServerVariables() {
    }
}
