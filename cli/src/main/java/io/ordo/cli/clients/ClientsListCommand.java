package io.ordo.cli.clients;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.ClientAccount;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo clients list}: every storefront client and whether it may sign in. */
@Command(name = "list",
        description = "List every storefront client: its id, name, enabled or disabled, when created.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo clients list", "  ordo clients list --output json"})
public final class ClientsListCommand extends AbstractCommand {

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected int execute() {
        List<ClientAccount> clients = client().admin().clients();
        print(clients, out -> printTable(clients, out));
        return ExitCodes.OK;
    }

    private static void printTable(List<ClientAccount> clients, PrintWriter out) {
        if (clients.isEmpty()) {
            out.println("No storefront clients.");
            return;
        }
        TextTable table = TextTable.of(Column.left("CLIENT ID"), Column.truncated("NAME"), Column.left("STATUS"),
                Column.left("CREATED"));
        clients.forEach(client -> table.row(client.clientId(), client.displayName(),
                client.enabled() ? "enabled" : "disabled", Formats.time(client.createdAt())));
        table.printTo(out);
    }
}
