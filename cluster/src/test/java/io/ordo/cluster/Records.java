package io.ordo.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain reads of a database as its superuser: what Ordo stored, for the checks only. */
final class Records {

    private Records() {
    }

    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    static <T> List<T> query(DataSource database, String sql, Parameters parameters, Row<T> row) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            List<T> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(row.read(rows));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + sql, e);
        }
    }

    static <T> List<T> query(DataSource database, String sql, Row<T> row) {
        return query(database, sql, statement -> { }, row);
    }

    static long count(DataSource database, String sql, Parameters parameters) {
        return query(database, sql, parameters, rows -> rows.getLong(1)).get(0);
    }

    static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }
}
