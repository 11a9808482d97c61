package io.ordo.cli.command;

import io.ordo.client.ApiException;
import io.ordo.client.ServerConfigException;
import picocli.CommandLine;

/**
 * The documented exit codes of {@code ordo}, so scripts can tell "fix your input" from "sign in"
 * from "try again later". Listed in {@code ordo --help} and the README.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int NOT_AUTHORIZED = 3;
    public static final int NOT_FOUND = 4;
    public static final int CONFLICT = 5;
    public static final int INVALID = 6;
    public static final int UNAVAILABLE = 7;

    private ExitCodes() {
    }

    /** The exit code for a failure, whether it came from parsing, the client or a bug. */
    public static int of(Throwable failure) {
        if (failure instanceof CliException cli) {
            return cli.exitCode();
        }
        if (failure instanceof CommandLine.ParameterException || failure instanceof ServerConfigException) {
            return USAGE;
        }
        if (failure instanceof ApiException api) {
            return switch (api.kind()) {
                case AUTHENTICATION, FORBIDDEN -> NOT_AUTHORIZED;
                case NOT_FOUND -> NOT_FOUND;
                case CONFLICT -> CONFLICT;
                case VALIDATION -> INVALID;
                case RATE_LIMITED, UNAVAILABLE -> UNAVAILABLE;
                case UNEXPECTED -> UNEXPECTED;
            };
        }
        return UNEXPECTED;
    }
}
