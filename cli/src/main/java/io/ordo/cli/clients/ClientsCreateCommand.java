package io.ordo.cli.clients;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.SecretNotice;
import io.ordo.client.ApiException;
import io.ordo.client.ErrorKind;
import io.ordo.client.model.GeneratedSecret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo clients create}: a new storefront client with a generated secret, shown once. */
@Command(name = "create",
        description = {"Create a storefront client with a generated secret, shown once.",
            "The secret is printed once (in the JSON too with --output json): put it in the shop's",
            "configuration at once.",
            "Client ids are 3 to 64 lower-case letters, digits, '.', '_' or '-'."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo clients create web-eu --name 'EU web shop'",
            "  ordo clients create web-us --name 'US web shop' --output json"})
public final class ClientsCreateCommand extends AbstractCommand {

    @Parameters(paramLabel = "CLIENT_ID", description = "What the shop signs in with.")
    String clientId;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", required = true,
            description = "The shop as people name it (at most 200 characters).")
    String displayName;

    @Override
    protected int execute() {
        GeneratedSecret secret;
        try {
            secret = client().admin().createClient(clientId, displayName);
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.CONFLICT) {
                throw new CliException(ExitCodes.CONFLICT, e.getMessage() + " Pick another client id; "
                        + "'ordo clients list' shows the taken ones.");
            }
            throw e;
        }
        print(secret, out -> SecretNotice.print(out,
                "Created storefront client " + secret.account() + " (" + displayName.strip() + ").", "Secret", secret,
                "The shop gets tokens with the client_credentials grant at " + server() + "/api/v1/oauth/token."));
        return ExitCodes.OK;
    }
}
