package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ordo.devstack.PostgresService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports are read through a datasource of their own, as they would be from a read replica: the
 * stack gives it the read-only role {@value PostgresService#REPORTING_USER}, which the server lets
 * read the reporting schema and nothing else, so every report test in this suite also proves that
 * reports never touch the ordering, inventory or payment tables. When that database is out of
 * reach, reports say so with a 503 and orders go on.
 */
class ReportingDatabaseIT extends PackagedServer {

    private static final String READER = PostgresService.REPORTING_USER;

    private final String staff = Http.staffToken();
    private final String storefront = Http.storefrontToken();

    @AfterEach
    void readerMayLogInAgain() throws SQLException {
        asSuperuser("alter role " + READER + " login");
    }

    @Test
    void reports_are_read_as_the_reporting_role() throws SQLException {
        asSuperuser("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + READER + "'");
        await("the reporting role's connections to close").atMost(Duration.ofSeconds(10))
                .until(() -> connectionsOfTheReportingRole() == 0);

        Http.Reply statuses = Reports.get(staff, "orders/status");

        assertThat(statuses.status()).as(statuses.toString()).isEqualTo(200);
        assertThat(connectionsOfTheReportingRole()).as("connections the server opened as %s", READER).isPositive();
    }

    @Test
    void the_reporting_role_may_read_the_reporting_schema_only() throws SQLException {
        try (Connection db = Stack.databaseAsSuperuser().getConnection(); Statement statement = db.createStatement()) {
            statement.execute("set role " + READER);
            try (ResultSet generations = statement.executeQuery("select count(*) from reporting.generations")) {
                assertThat(generations.next()).isTrue();
            }
            for (String elsewhere : new String[] {"ordering.orders", "inventory.stock_levels", "payments.payments",
                    "platform.outbox"}) {
                assertThatThrownBy(() -> statement.executeQuery("select 1 from " + elsewhere + " limit 1").close())
                        .as(elsewhere)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> statement.execute("delete from reporting.generations"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void reports_out_of_reach_answer_503_with_retry_after_and_orders_go_on() throws SQLException {
        asSuperuser("alter role " + READER + " nologin");
        asSuperuser("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + READER + "'");

        await("reports to be refused while their database is out of reach").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    Http.Reply refused = Reports.get(staff, "orders/status");
                    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                    assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
                    assertThat(refused.json().get("detail").asText()).contains("Try again shortly");
                });
        Http.Reply order = Orders.place(storefront, Orders.body("tok_visa", Map.of("LP-009", 1)));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);

        asSuperuser("alter role " + READER + " login");
        await("reports to answer again").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Reports.get(staff, "orders/status").status()).isEqualTo(200));
    }

    private static int connectionsOfTheReportingRole() throws SQLException {
        try (Connection db = Stack.databaseAsSuperuser().getConnection(); Statement statement = db.createStatement();
             ResultSet connections = statement.executeQuery(
                     "select count(*) from pg_stat_activity where usename = '" + READER + "'")) {
            connections.next();
            return connections.getInt(1);
        }
    }

    private static void asSuperuser(String sql) throws SQLException {
        try (Connection db = Stack.databaseAsSuperuser().getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
