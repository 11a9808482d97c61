package io.ordo.cli.clients;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.ClientAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ordo clients enable}: lets a disabled storefront get tokens again. */
@Command(name = "enable",
        description = "Enable a disabled storefront client: it gets tokens again with its secret.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo clients enable web-eu"})
public final class ClientsEnableCommand extends AbstractCommand {

    @Parameters(paramLabel = "CLIENT_ID", description = "The client, as 'ordo clients list' shows it.")
    String clientId;

    @Override
    protected int execute() {
        ClientAccount client = client().admin().enableClient(clientId);
        print(client, out -> out.printf("Enabled storefront client %s: it gets tokens again.%n", client.clientId()));
        return ExitCodes.OK;
    }
}
