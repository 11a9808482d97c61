package io.ordo.inventory.api;

import io.ordo.inventory.application.ImportReport;
import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemType;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The answer to a bulk import: 200 with the report after a dry run or a clean import; 422
 * problem+json when rows are bad, listing them in {@code errors} (field {@code line N: column})
 * and carrying the same {@code report} a dry run gives. Nothing is imported then.
 */
final class ImportAnswers {

    private ImportAnswers() {
    }

    @JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "report"})
    public record ImportProblem(String type, String title, int status, String detail, List<Problem.FieldError> errors,
                                ImportReport report) {
    }

    static Response of(ImportReport report) {
        if (report.dryRun() || report.clean()) {
            return Response.ok(report).build();
        }
        List<Problem.FieldError> errors = report.errors().stream()
                .map(error -> new Problem.FieldError("line " + error.line() + (error.field() == null ? "" : ": " + error.field()),
                        error.message()))
                .toList();
        Problem problem = Problem.of(ProblemType.UNPROCESSABLE, report.invalid() + " of " + report.rows()
                + " rows are not valid, so nothing was imported: fix them (see errors, by line) and import the file again.");
        return Response.status(422).type(Problem.MEDIA_TYPE)
                .entity(new ImportProblem(problem.type(), problem.title(), 422, problem.detail(), errors, report))
                .build();
    }
}
