package io.ordo.cli.auth;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.cli.session.Session;
import io.ordo.client.AccessToken;
import io.ordo.client.ApiException;
import io.ordo.client.ErrorKind;
import io.ordo.client.OrdoClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;

/** {@code ordo login}: signs in with a password and keeps the session for the following commands. */
@Command(name = "login",
        description = {"Sign in and keep the session for the following commands.",
            "The password comes from --password-stdin, else $ORDO_PASSWORD, else a prompt; never from an argument.",
            "The session is saved, readable by you only, in $ORDO_CONFIG_HOME/session.json "
                    + "(default ~/.config/ordo/session.json), and renews itself for 8 hours."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo login --server https://localhost:9443 --username admin",
            "  pass show ordo/admin | ordo login -u admin --password-stdin"})
public final class LoginCommand extends AbstractCommand {

    @Option(names = {"-u", "--username"}, required = true, paramLabel = "NAME", description = "Who signs in.")
    String username;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    protected int execute() {
        URI server = configuredServer().orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Which server? Name it with --server URL (or $ORDO_SERVER, or a --profile)."));
        OrdoClient client = clientOf(server);
        // A wrong URL or certificate is found before anyone types a password for nothing.
        client.checkConnection();
        char[] password = new PasswordSource(environment()).read(passwordFromStdin, username);
        AccessToken token;
        try {
            token = client.loginWithPassword(username, password);
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.AUTHENTICATION) {
                throw new CliException(ExitCodes.NOT_AUTHORIZED, "Sign-in to " + server + " refused: "
                        + e.getMessage() + ". Check the username and password.");
            }
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
        sessionStore().save(client.sessionTokens().map(tokens -> Session.of(server, username, tokens))
                .orElseGet(() -> new Session(server, username, token.value(), token.expiresAt(), null)));
        print(new SignedIn(server, username, token.expiresAt()), out -> out.printf(
                "Signed in to %s as %s until %s.%n", server, username, Formats.time(token.expiresAt())));
        return ExitCodes.OK;
    }

    /** What {@code --output json} shows: never the token itself. */
    record SignedIn(URI server, String username, Instant expiresAt) {
    }
}
