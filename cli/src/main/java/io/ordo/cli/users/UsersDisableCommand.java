package io.ordo.cli.users;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo users disable}: stops an account from signing in, after asking. */
@Command(name = "disable",
        description = {"Disable an account: it can no longer sign in.",
            "Its refresh tokens are revoked; an access token already issued lasts until it expires",
            "(at most 15 minutes).",
            "Asks first; --yes skips the question (and is needed in scripts). Undo with 'enable'."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo users disable bob", "  ordo users disable bob --yes --output json"})
public final class UsersDisableCommand extends AbstractCommand {

    @Parameters(paramLabel = "USERNAME", description = "The account, as 'ordo users list' shows it.")
    String username;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        confirmation.confirm(environment(), () -> "Disable user " + username
                + "? They are signed out when their access token expires.", "Disabling user " + username);
        UserAccount user = client().admin().disableUser(username);
        print(user, out -> out.printf("Disabled user %s: they can no longer sign in.%n", user.username()));
        return ExitCodes.OK;
    }
}
