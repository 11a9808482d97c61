package io.ordo.cli.auth;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.session.Session;
import picocli.CommandLine.Command;

import java.net.URI;
import java.util.Optional;

/**
 * {@code ordo logout}: forgets the saved session. The token itself stays valid on the server until
 * it expires (15 minutes); revoking it on the server comes with refresh tokens.
 */
@Command(name = "logout",
        description = "Forget the saved session. Signing out when not signed in is not an error.",
        footerHeading = "%nExamples:%n",
        footer = "  ordo logout")
public final class LogoutCommand extends AbstractCommand {

    @Override
    protected int execute() {
        Optional<URI> server = sessionStore().load().map(Session::server);
        boolean signedOut = sessionStore().delete();
        print(new SignedOut(signedOut, server.orElse(null)), out -> out.println(signedOut
                ? "Signed out of " + server.map(URI::toString).orElse("the server") + "."
                : "Not signed in: nothing to do."));
        return ExitCodes.OK;
    }

    /** What {@code --output json} shows. */
    record SignedOut(boolean signedOut, URI server) {
    }
}
