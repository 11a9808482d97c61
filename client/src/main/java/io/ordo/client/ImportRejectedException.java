package io.ordo.client;

import io.ordo.client.model.ImportReport;

/**
 * An import refused because rows are bad (422): nothing was imported. The report lists every bad
 * row by line, as a dry run would.
 */
public final class ImportRejectedException extends ApiException {

    private final transient ImportReport report;

    ImportRejectedException(ApiException refusal, ImportReport report) {
        super(refusal.kind(), refusal.problem(), refusal.retryAfter().orElse(null), refusal);
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
