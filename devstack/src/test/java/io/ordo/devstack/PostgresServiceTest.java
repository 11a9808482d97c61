package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static String currentUserAndDatabase(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select current_user || '@' || current_database()")) {
            row.next();
            return row.getString(1);
        }
    }
}
