package io.ordo.cli.reports;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.ReportsRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ordo reports rebuild-status}: where a rebuild of the read models stands. */
@Command(name = "rebuild-status",
        description = "Show where a rebuild of the read models stands: BUILDING, LIVE when done, or FAILED.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports rebuild-status 3", "  ordo reports rebuild-status 3 --output json"})
public final class ReportsRebuildStatusCommand extends AbstractCommand {

    @Parameters(paramLabel = "GENERATION", description = "The rebuild's generation, as 'ordo reports rebuild' printed it.")
    int generation;

    @Override
    protected int execute() {
        ReportsRebuild rebuild = client().reports().rebuild(generation);
        print(rebuild, out -> RebuildProgress.print(rebuild, out));
        return ExitCodes.OK;
    }
}
