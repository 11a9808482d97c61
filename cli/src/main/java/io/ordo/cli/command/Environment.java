package io.ordo.cli.command;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command reads from outside its arguments: environment variables, standard input, the
 * terminal for password prompts, the home folder. Tests hand in their own, so commands run
 * in-process without touching the real ones.
 */
public record Environment(Map<String, String> variables, InputStream stdin, PasswordPrompt passwordPrompt, Path userHome) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv(), System.in, Environment::promptOnConsole,
                Path.of(System.getProperty("user.home")));
    }

    private static Optional<char[]> promptOnConsole(String prompt) {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
    }

    /** The variable's value, or empty when it is unset or blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    /** Asks a person for a secret without echoing it; empty when there is no terminal to ask on. */
    @FunctionalInterface
    public interface PasswordPrompt {

        Optional<char[]> readPassword(String prompt);
    }

    /** The command object at the root of the tree, which carries the environment to every command. */
    public interface Holder {

        Environment environment();
    }
}
