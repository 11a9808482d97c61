package io.ordo.inventory.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the bad rows of an import, keeping the first {@link ImportReport#MAX_ERRORS} and counting them all. */
final class RowErrors {

    private final List<RowError> kept = new ArrayList<>();
    private final Set<Integer> badLines = new HashSet<>();

    void add(int line, String field, String message) {
        badLines.add(line);
        if (kept.size() < ImportReport.MAX_ERRORS) {
            kept.add(new RowError(line, field, message));
        }
    }

    int badRows() {
        return badLines.size();
    }

    boolean bad(int line) {
        return badLines.contains(line);
    }

    ImportReport report(boolean dryRun, int rows, int imported) {
        return new ImportReport(dryRun, rows, badLines.size(), imported, kept);
    }

    /** The errors of a single item (not a file) as a 400 with one entry per wrong field. */
    io.ordo.platform.problem.ProblemException asProblem(String what) {
        List<io.ordo.platform.problem.Problem.FieldError> fields = kept.stream()
                .map(error -> new io.ordo.platform.problem.Problem.FieldError(
                        error.field() == null ? "body" : error.field().equals("quantity") ? "change" : error.field(),
                        error.message()))
                .toList();
        return new io.ordo.platform.problem.ProblemException(io.ordo.platform.problem.ProblemType.VALIDATION,
                what + ": " + kept.stream().map(e -> (e.field() == null ? "" : (e.field().equals("quantity") ? "change" : e.field()) + " ")
                        + e.message()).collect(java.util.stream.Collectors.joining("; ")) + ".", fields);
    }
}
