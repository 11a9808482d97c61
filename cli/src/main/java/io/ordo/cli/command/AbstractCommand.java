package io.ordo.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ordo.cli.config.Profiles;
import io.ordo.cli.config.TrustStoreChoice;
import io.ordo.cli.output.CsvOutput;
import io.ordo.cli.output.OutputFormat;
import io.ordo.cli.session.Session;
import io.ordo.cli.session.SessionStore;
import io.ordo.client.AccessToken;
import io.ordo.client.OrdoClient;
import io.ordo.client.OrdoJson;
import io.ordo.client.ServerConfig;
import io.ordo.client.SessionTokens;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The base of every command that does something: common options, the session, a client of the
 * chosen server, and output in the chosen format. A command implements {@link #execute()} and
 * lets failures propagate; {@code Main} turns them into a message and an exit code.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public abstract class AbstractCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Mixin
    private CommonOptions options;

    private SessionStore sessionStore;

    @Override
    public final Integer call() {
        if (options.output == OutputFormat.CSV && !writesCsv()) {
            // Refused before anything is sent: a change made and then not shown would be worse.
            throw new CliException(ExitCodes.USAGE, "--output csv is offered by the lists and the reports only: "
                    + "use table or json. See '" + spec.qualifiedName() + " --help'.");
        }
        return execute();
    }

    /**
     * Whether the command prints CSV for {@code --output csv}: the lists (one table, through
     * {@link #print}) and the reports (the server's own CSV) do.
     */
    protected boolean writesCsv() {
        return false;
    }

    /** The chosen {@code --output}. */
    protected OutputFormat outputFormat() {
        return options.output;
    }

    /** Does the work and returns the exit code, {@link ExitCodes#OK} when all went well. */
    protected abstract int execute();

    protected Environment environment() {
        return ((Environment.Holder) spec.root().userObject()).environment();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected SessionStore sessionStore() {
        if (sessionStore == null) {
            sessionStore = SessionStore.in(environment());
        }
        return sessionStore;
    }

    /**
     * Which server to talk to: what the command line says ({@code --server}, {@code --profile}),
     * else what the environment says ({@code $ORDO_SERVER}, {@code $ORDO_PROFILE}), else the
     * server signed in to. Never a guess: with none of them there is no session to use.
     *
     * @throws CliException "not signed in" when nothing names a server
     */
    public URI server() {
        return configuredServer().orElseThrow(() -> new CliException(ExitCodes.NOT_AUTHORIZED,
                "Not signed in. Sign in with: ordo login --server URL --username NAME"));
    }

    /** The server the options, the environment or the saved session name, if any does. */
    public Optional<URI> configuredServer() {
        if (options.server != null) {
            return Optional.of(options.server);
        }
        if (options.profile != null) {
            return Optional.of(serverOfProfile(options.profile));
        }
        return environment().variable("ORDO_SERVER").map(value -> serverUrl("ORDO_SERVER", value))
                .or(() -> environment().variable("ORDO_PROFILE").map(this::serverOfProfile))
                .or(() -> sessionStore().load().map(Session::server));
    }

    private URI serverOfProfile(String profile) {
        return serverUrl("profile " + profile, Profiles.in(environment()).server(profile));
    }

    private static URI serverUrl(String source, String value) {
        try {
            return new CommonOptions.ServerUrl().convert(value);
        } catch (TypeConversionException e) {
            throw new CliException(ExitCodes.USAGE, source + ": " + e.getMessage());
        }
    }

    /** The session for {@link #server()}, if there is one. */
    protected Optional<Session> session() {
        URI server = server();
        return sessionStore().load().filter(session -> session.server().equals(server));
    }

    /**
     * A client of {@link #server()}, signed in with the saved session when it is for that server.
     * The session renews itself when its access token nears expiry or is refused, and every
     * renewal is saved at once: the refresh token just used is spent. Without a session the
     * server's refusal says to sign in.
     */
    protected OrdoClient client() {
        OrdoClient client = unauthenticatedClient();
        session().ifPresent(session -> {
            Optional<SessionTokens> tokens = session.tokens();
            if (tokens.isPresent()) {
                client.resumeSession(tokens.get());
                client.onSessionRenewed(renewed ->
                        sessionStore().save(Session.of(session.server(), session.username(), renewed)));
            } else {
                client.useAccessToken(new AccessToken(session.accessToken(), session.expiresAt()));
            }
        });
        return client;
    }

    /** A client of {@link #server()} without a session. */
    protected OrdoClient unauthenticatedClient() {
        return clientOf(server());
    }

    /** A client of {@code server}, trusting what {@link TrustStoreChoice} picks for it. */
    protected OrdoClient clientOf(URI server) {
        ServerConfig.Builder config = ServerConfig.builder(server);
        new TrustStoreChoice(environment(), err()).applyTo(server, config);
        return OrdoClient.connect(config.build());
    }

    /**
     * Prints the result: as JSON for {@code --output json}, so scripts get the API's own field
     * names, or through {@code table} for people.
     */
    protected void print(Object result, Consumer<PrintWriter> table) {
        if (options.output == OutputFormat.JSON) {
            out().println(toJson(result));
        } else if (options.output == OutputFormat.CSV) {
            CsvOutput csv = new CsvOutput(out(), err());
            table.accept(csv);
            csv.flush();
        } else {
            table.accept(out());
        }
        out().flush();
    }

    private static String toJson(Object result) {
        try {
            return OrdoJson.newObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + result.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
