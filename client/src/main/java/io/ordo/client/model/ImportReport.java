package io.ordo.client.model;

import java.util.List;

/**
 * What a bulk import found and did. Imports are all or nothing: {@code imported} is 0 after a dry
 * run or when any row is bad; {@code errors} lists the bad rows by line (the first 1000;
 * {@code invalid} counts them all).
 */
public record ImportReport(boolean dryRun, int rows, int invalid, int imported, List<RowError> errors) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One bad row: its line in the file, the column (null for the whole row) and why. */
    public record RowError(int line, String field, String message) {

        @Override
        public String toString() {
            return "line " + line + (field == null ? "" : ", " + field) + ": " + message;
        }
    }
}
