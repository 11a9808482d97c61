package io.ordo.cli.health;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.Health;
import picocli.CommandLine.Command;

/** {@code ordo health}: exits 0 when the server is UP and 7 when it is DOWN, for scripts and probes. */
@Command(name = "health",
        description = {"Show whether the server and its dependencies (database, broker, payment gateway) are up.",
            "Exits 0 when the server is UP and 7 when it is DOWN or does not answer."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo health", "  ordo health --server https://ordo.example:9443 --output json"})
public final class HealthCommand extends AbstractCommand {

    @Override
    protected int execute() {
        Health health = unauthenticatedClient().health();
        print(health, out -> {
            out.println("Server  " + server());
            out.println("Status  " + health.status());
            if (!health.checks().isEmpty()) {
                out.println();
                TextTable table = TextTable.of(Column.truncated("CHECK"), Column.left("STATUS"));
                health.checks().forEach(check -> table.row(check.name(), check.status()));
                table.printTo(out);
            }
        });
        if (health.isUp()) {
            return ExitCodes.OK;
        }
        err().println("ordo: " + server() + " is DOWN (failing: " + String.join(", ", health.failingChecks())
                + "). Check those services and the server log.");
        return ExitCodes.UNAVAILABLE;
    }
}
