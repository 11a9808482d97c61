package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServiceTest {

    @TempDir
    Path data;

    @Test
    void ordo_can_log_in_and_its_data_and_password_survive_a_restart() throws Exception {
        String password;
        try (PostgresService postgres = PostgresService.start(data)) {
            password = postgres.password();
            assertThat(postgres.user()).isEqualTo("ordo");
            assertThat(postgres.database()).isEqualTo("ordo");
            assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/ordo");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), password);
                 Statement statement = connection.createStatement()) {
                statement.execute("create table survivor (name text)");
                statement.execute("insert into survivor values ('kept')");
                assertThat(currentUserAndDatabase(statement)).isEqualTo("ordo@ordo");
            }
        }

        try (PostgresService postgres = PostgresService.start(data)) {
            assertThat(postgres.password()).isEqualTo(password);
            try (Connection connection = postgres.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select name from survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(PostgresService.ROLE_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_wrong_password_is_refused_as_in_production() throws Exception {
        try (PostgresService postgres = PostgresService.start(data)) {
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "not-" + postgres.password()).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void the_reporting_role_logs_in_and_cannot_write() throws Exception {
        try (PostgresService postgres = PostgresService.start(data)) {
            try (Connection owner = postgres.dataSource().getConnection(); Statement statement = owner.createStatement()) {
                statement.execute("create table figures (n int)");
                statement.execute("grant select, insert on figures to " + postgres.reportingUser());
            }
            try (Connection reader = DriverManager.getConnection(postgres.jdbcUrl(), postgres.reportingUser(),
                    postgres.reportingPassword()); Statement statement = reader.createStatement()) {
                assertThat(currentUserAndDatabase(statement)).isEqualTo("ordo_reporting@ordo");
                assertThatThrownBy(() -> statement.execute("insert into figures values (1)"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("read-only transaction");
            }
        }
    }

    @Test
    void the_superuser_reads_the_ordo_database_without_a_password_from_loopback() throws Exception {
        try (PostgresService postgres = PostgresService.start(data);
             Connection connection = postgres.superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(currentUserAndDatabase(statement)).isEqualTo("postgres@ordo");
        }
    }

    @Test
    void a_postgresql_orphaned_by_a_killed_dev_stack_is_stopped_and_the_cluster_started_again() throws Exception {
        Process killedStack = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                PostgresHolder.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(killedStack.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        while (line != null && !line.startsWith("port ")) {
            line = output.readLine();
        }
        assertThat(line).as("the other JVM started PostgreSQL").isNotNull();
        killedStack.destroyForcibly().waitFor();
        assertThat(data.resolve("cluster/postmaster.pid")).as("its PostgreSQL outlived it").exists();

        try (PostgresService postgres = PostgresService.start(data);
             Connection connection = postgres.dataSource().getConnection()) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void fsync_is_off_as_zonky_starts_it_and_on_when_asked_for() throws Exception {
        try (PostgresService postgres = PostgresService.start(data)) {
            assertThat(setting(postgres, "fsync")).isEqualTo("off");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        }
        try (PostgresService postgres = PostgresService.start(data, true)) {
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        }
    }

    private static String setting(PostgresService postgres, String name) throws SQLException {
        try (Connection connection = postgres.superuserDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static String currentUserAndDatabase(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select current_user || '@' || current_database()")) {
            row.next();
            return row.getString(1);
        }
    }
}
