package io.ordo.cli.auth;

import io.ordo.cli.command.CliException;
import io.ordo.cli.command.Environment;
import io.ordo.cli.command.ExitCodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code ordo login} gets the password: never from an argument, which other users can see
 * in the process list and which lands in shell history. In order: standard input when asked for,
 * {@code $ORDO_PASSWORD}, a prompt on the terminal.
 */
final class PasswordSource {

    private final Environment environment;

    PasswordSource(Environment environment) {
        this.environment = environment;
    }

    char[] read(boolean fromStdin, String username) {
        char[] password = fromStdin ? firstLineOfStdin()
                : environment.variable("ORDO_PASSWORD").map(String::toCharArray)
                        .or(() -> environment.terminal().readPassword("Password for " + username + ": "))
                        .orElseThrow(() -> new CliException(ExitCodes.USAGE,
                                "No terminal to ask for the password: pipe it in with --password-stdin, "
                                        + "or set ORDO_PASSWORD."));
        if (password.length == 0) {
            throw new CliException(ExitCodes.USAGE, "The password is empty.");
        }
        return password;
    }

    private char[] firstLineOfStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input", e);
        }
    }
}
