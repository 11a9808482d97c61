package io.ordo.cli.clients;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.ClientAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo clients disable}: stops a storefront from getting tokens, after asking. */
@Command(name = "disable",
        description = {"Disable a storefront client: it gets no new tokens.",
            "The shop stops placing orders once its current token expires.",
            "Asks first; --yes skips the question (and is needed in scripts). Undo with 'enable'."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo clients disable web-eu", "  ordo clients disable web-eu --yes"})
public final class ClientsDisableCommand extends AbstractCommand {

    @Parameters(paramLabel = "CLIENT_ID", description = "The client, as 'ordo clients list' shows it.")
    String clientId;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        confirmation.confirm(environment(), () -> "Disable storefront client " + clientId
                + "? The shop stops placing orders when its token expires.", "Disabling client " + clientId);
        ClientAccount client = client().admin().disableClient(clientId);
        print(client, out -> out.printf("Disabled storefront client %s: it gets no new tokens.%n", client.clientId()));
        return ExitCodes.OK;
    }
}
