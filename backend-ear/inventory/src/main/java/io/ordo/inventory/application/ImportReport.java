package io.ordo.inventory.application;

import java.util.List;

/**
 * What a bulk import found and did. An import is all or nothing: {@code imported} is the number
 * of rows applied, 0 after a dry run or when any row is bad. {@code errors} lists the bad rows
 * (the first {@link #MAX_ERRORS}; {@code invalid} counts them all).
 */
public record ImportReport(boolean dryRun, int rows, int invalid, int imported, List<RowError> errors) {

    public static final int MAX_ERRORS = 1000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean clean() {
        return invalid == 0;
    }
}
