package io.ordo.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The database's own ceilings, run with pgbench on the stack's PostgreSQL: C_read, what reading
 * one order takes, and C_write, one transaction inserting an order, its lines and its outbox row
 * into copies of Ordo's tables ({@code pgbench/*.sql}).
 */
final class DatabaseCeilings {

    /** pgbench's clients. */
    static final int CLIENTS = 8;

    private final Pgbench pgbench;
    private final Path readScript;
    private final Path writeScript;
    private final Path orderIds;
    private final Map<String, String> variables;

    private DatabaseCeilings(Pgbench pgbench, Path readScript, Path writeScript, Path orderIds, Map<String, String> variables) {
        this.pgbench = pgbench;
        this.readScript = readScript;
        this.writeScript = writeScript;
        this.orderIds = orderIds;
        this.variables = variables;
    }

    /**
     * Makes the ceilings' tables and scripts in {@code work}: needs orders placed through Ordo
     * already, whose ids C_read reads and whose sealed customers and event envelopes give C_write
     * the same row sizes.
     */
    static DatabaseCeilings prepare(Pgbench pgbench, DataSource database, Path work) throws IOException, SQLException {
        Files.createDirectories(work);
        Map<String, String> variables = new LinkedHashMap<>();
        Path idFile = work.resolve("order-ids.txt");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(resource("pgbench/setup.sql"));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select id from bench.order_ids order by n")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            if (ids.isEmpty()) {
                throw new IOException("no orders were placed before the ceilings: nothing to read");
            }
            Files.write(idFile, ids);
            variables.put("orders", Integer.toString(ids.size()));
            variables.put("sealed", Long.toString(average(statement,
                    "select avg(length(customer_sealed)) from ordering.orders where customer_sealed is not null")));
            variables.put("envelope", Long.toString(average(statement,
                    "select avg(length(envelope)) from platform.outbox where event_type = 'OrderCreated'")));
        }
        Path readScript = work.resolve("read-order.sql");
        Path writeScript = work.resolve("insert-order.sql");
        Files.writeString(readScript, resource("pgbench/read-order.sql"));
        Files.writeString(writeScript, resource("pgbench/insert-order.sql"));
        return new DatabaseCeilings(pgbench, readScript, writeScript, idFile, variables);
    }

    /** The ids of the orders C_read reads, one a line: the API's reads go through the same ones. */
    Path orderIds() {
        return orderIds;
    }

    /** C_read for {@code seconds}: transactions per second. */
    double read(int seconds) throws IOException {
        return run(readScript, seconds);
    }

    /** C_write for {@code seconds}: transactions per second. */
    double write(int seconds) throws IOException {
        return run(writeScript, seconds);
    }

    private double run(Path script, int seconds) throws IOException {
        Pgbench.Result result = pgbench.run(script, CLIENTS, seconds, variables);
        if (result.failed() > 0) {
            throw new IOException("pgbench: " + result.failed() + " transactions failed");
        }
        return result.tps();
    }

    private static long average(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return Math.max(1, Math.round(result.getDouble(1)));
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DatabaseCeilings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
