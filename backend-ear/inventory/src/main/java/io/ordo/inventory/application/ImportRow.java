package io.ordo.inventory.application;

import java.util.Map;

/**
 * One row of a bulk import as read from the file, before any checking: its values by column name
 * (absent or empty columns are missing values), the line of the file it starts on, and the
 * columns whose value could not be read as one value, with why.
 */
public record ImportRow(int line, Map<String, String> values, Map<String, String> unreadable) {

    public ImportRow {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        unreadable = Map.copyOf(unreadable);
    }

    public ImportRow(int line, Map<String, String> values) {
        this(line, values, Map.of());
    }

    /** Reports the columns that could not be read as a single value (e.g. a JSON object where text belongs). */
    void reportUnreadable(RowErrors errors) {
        unreadable.forEach((column, why) -> errors.add(line, column, why));
    }

    /** The value of a column, stripped; null if missing or blank. */
    String value(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
