package io.ordo.cli.users;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.SecretNotice;
import io.ordo.client.model.GeneratedSecret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo users reset-password}: a new generated password, shown once; the old one stops working. */
@Command(name = "reset-password",
        description = {"Give an account a new generated password, printed once; the old one stops working.",
            "Cannot be undone, so it asks first; --yes skips the question (and is needed in scripts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo users reset-password bob", "  ordo users reset-password bob --yes --output json"})
public final class UsersResetPasswordCommand extends AbstractCommand {

    @Parameters(paramLabel = "USERNAME", description = "The account, as 'ordo users list' shows it.")
    String username;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        confirmation.confirm(environment(), () -> "Reset the password of " + username
                + "? Their current password stops working.", "Resetting the password of " + username);
        GeneratedSecret secret = client().admin().resetPassword(username);
        print(secret, out -> SecretNotice.print(out, "New password for " + secret.account() + ".", "Password",
                secret, "They sign in with: ordo login --server " + server() + " --username " + secret.account()));
        return ExitCodes.OK;
    }
}
