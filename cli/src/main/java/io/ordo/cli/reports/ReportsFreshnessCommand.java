package io.ordo.cli.reports;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.ReportFreshness;
import picocli.CommandLine.Command;

/** {@code ordo reports freshness}: how far the reports are behind the orders. */
@Command(name = "freshness",
        description = {"How far the reports are behind the orders.",
            "The last event of the history their read models include, how many came since, and which",
            "generation of read models answers."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports freshness", "  ordo reports freshness --output json"})
public final class ReportsFreshnessCommand extends AbstractCommand {

    @Override
    protected int execute() {
        ReportFreshness freshness = client().reports().freshness();
        print(freshness, out -> {
            out.println(Freshness.line(freshness.asOfEvent(), freshness.asOfTime(), freshness.lagEvents(),
                    freshness.lagSeconds()));
            out.println("Read models of generation " + freshness.generation() + " answer.");
        });
        return ExitCodes.OK;
    }
}
