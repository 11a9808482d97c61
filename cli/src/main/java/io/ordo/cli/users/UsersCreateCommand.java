package io.ordo.cli.users;

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

import java.util.LinkedHashSet;
import java.util.List;

/** {@code ordo users create}: a new account with a generated first password, shown once. */
@Command(name = "create",
        description = {"Create a staff or admin account with a generated first password, shown once.",
            "The password is printed once (in the JSON too with --output json): hand it on at once.",
            "Usernames are 3 to 64 lower-case letters, digits, '.', '_' or '-'."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo users create bob --role staff",
            "  ordo users create carol --role staff --role admin --output json"})
public final class UsersCreateCommand extends AbstractCommand {

    @Parameters(paramLabel = "USERNAME", description = "What they sign in with.")
    String username;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", required = true, split = ",",
            description = "A role to give them, e.g. staff or admin; repeat (or comma-separate) for more. "
                    + "'ordo roles' shows what each may do.")
    List<String> roles;

    @Override
    protected int execute() {
        GeneratedSecret secret;
        try {
            secret = client().admin().createUser(username, new LinkedHashSet<>(roles));
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.CONFLICT) {
                throw new CliException(ExitCodes.CONFLICT, e.getMessage() + " Pick another username; "
                        + "'ordo users list' shows the taken ones.");
            }
            throw e;
        }
        print(secret, out -> SecretNotice.print(out,
                "Created user " + secret.account() + " (" + RoleNames.joined(roles) + ").", "Password", secret,
                "They sign in with: ordo login --server " + server() + " --username " + secret.account()));
        return ExitCodes.OK;
    }
}
