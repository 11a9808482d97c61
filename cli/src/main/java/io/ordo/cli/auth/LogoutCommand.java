package io.ordo.cli.auth;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ErrorReport;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.session.Session;
import io.ordo.client.ApiException;
import io.ordo.client.OrdoClient;
import io.ordo.client.SessionTokens;
import picocli.CommandLine.Command;

import java.net.URI;
import java.util.Optional;

/**
 * {@code ordo logout}: the server revokes the session's refresh token, and the saved session is
 * deleted. If the server cannot be told, the session is deleted all the same (the point is that
 * nobody uses it from here again) and a warning says it ends by itself on the server.
 */
@Command(name = "logout",
        description = "Sign out: the server ends the session, and the saved one is deleted. "
                + "Signing out when not signed in is not an error.",
        footerHeading = "%nExamples:%n",
        footer = "  ordo logout")
public final class LogoutCommand extends AbstractCommand {

    @Override
    protected int execute() {
        Optional<Session> session = sessionStore().load();
        session.ifPresent(this::revoke);
        boolean signedOut = sessionStore().delete();
        Optional<URI> server = session.map(Session::server);
        print(new SignedOut(signedOut, server.orElse(null)), out -> out.println(signedOut
                ? "Signed out of " + server.map(URI::toString).orElse("the server") + "."
                : "Not signed in: nothing to do."));
        return ExitCodes.OK;
    }

    private void revoke(Session session) {
        Optional<SessionTokens> tokens = session.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        OrdoClient client = clientOf(session.server());
        client.resumeSession(tokens.get());
        try {
            client.logout();
        } catch (ApiException unrevoked) {
            err().println("ordo: warning: " + session.server() + " was not told to end the session ("
                    + ErrorReport.describe(unrevoked, session.server()) + "). It ends there by itself within 8 hours.");
            err().flush();
        }
    }

    /** What {@code --output json} shows. */
    record SignedOut(boolean signedOut, URI server) {
    }
}
