package io.ordo.inventory.application;

/** An import left the database as it was: a dry run, or a run with bad rows. Carries its report. */
class ImportRefused extends RuntimeException {

    private final transient ImportReport report;

    ImportRefused(ImportReport report) {
        super(report.invalid() + " of " + report.rows() + " rows refused" + (report.dryRun() ? " (dry run)" : ""), null, false, false);
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
