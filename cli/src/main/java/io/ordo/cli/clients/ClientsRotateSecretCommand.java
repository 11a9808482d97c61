package io.ordo.cli.clients;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.SecretNotice;
import io.ordo.client.model.GeneratedSecret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo clients rotate-secret}: a new generated secret, shown once; the old one stops working. */
@Command(name = "rotate-secret",
        description = {"Give a storefront client a new generated secret, shown once.",
            "The old one stops working at once, so update the shop right away (its current token lasts",
            "until it expires).",
            "Cannot be undone, so it asks first; --yes skips the question (and is needed in scripts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo clients rotate-secret web-eu", "  ordo clients rotate-secret web-eu --yes -o json"})
public final class ClientsRotateSecretCommand extends AbstractCommand {

    @Parameters(paramLabel = "CLIENT_ID", description = "The client, as 'ordo clients list' shows it.")
    String clientId;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        confirmation.confirm(environment(), () -> "Give storefront client " + clientId
                + " a new secret? The current one stops working at once.", "Rotating the secret of " + clientId);
        GeneratedSecret secret = client().admin().rotateClientSecret(clientId);
        print(secret, out -> SecretNotice.print(out, "New secret for storefront client " + secret.account() + ".",
                "Secret", secret, "Put it in the shop's configuration now: the old secret is refused from now on."));
        return ExitCodes.OK;
    }
}
