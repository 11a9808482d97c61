package io.ordo.cli.users;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ordo users enable}: lets a disabled account sign in again. */
@Command(name = "enable",
        description = "Enable a disabled account: it can sign in again with its password.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo users enable bob"})
public final class UsersEnableCommand extends AbstractCommand {

    @Parameters(paramLabel = "USERNAME", description = "The account, as 'ordo users list' shows it.")
    String username;

    @Override
    protected int execute() {
        UserAccount user = client().admin().enableUser(username);
        print(user, out -> out.printf("Enabled user %s: they can sign in again.%n", user.username()));
        return ExitCodes.OK;
    }
}
