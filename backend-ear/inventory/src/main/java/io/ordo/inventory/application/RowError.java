package io.ordo.inventory.application;

/** Why one row of an import cannot be applied: its line in the file, the column (null for the row) and the reason. */
public record RowError(int line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : " (" + field + ")") + ": " + message;
    }
}
