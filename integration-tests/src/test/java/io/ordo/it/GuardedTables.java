package io.ordo.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables only an accepted request adds to or removes from; background work leaves them alone. */
final class GuardedTables {

    private static final List<String> TABLES = List.of("identity.users", "identity.clients",
            "identity.signing_keys", "identity.refresh_tokens", "ordering.orders", "ordering.idempotency_keys",
            "platform.data_keys", "payments.payments", "inventory.products");

    private GuardedTables() {
    }

    /** The row count of each, read as the database's superuser: compare two to see that nothing was accepted. */
    static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = Stack.databaseAsSuperuser().getConnection(); Statement statement = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet row = statement.executeQuery("select count(*) from " + table)) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
        }
        return counts;
    }
}
