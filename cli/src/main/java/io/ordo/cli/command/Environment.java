package io.ordo.cli.command;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command reads from outside its arguments: environment variables, standard input, the
 * terminal for prompts, the home folder. Tests hand in their own, so commands run in-process
 * without touching the real ones.
 */
public record Environment(Map<String, String> variables, InputStream stdin, Terminal terminal, Path userHome) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv(), System.in, new SystemTerminal(),
                Path.of(System.getProperty("user.home")));
    }

    /** The variable's value, or empty when it is unset or blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    /**
     * The person at the keyboard, for what only a person may answer: passwords and confirmations.
     * Both answers are empty when there is no terminal (a script, a pipe), so a command can say
     * how to go without one instead of waiting forever.
     */
    public interface Terminal {

        /** Asks for a secret without echoing it. */
        Optional<char[]> readPassword(String prompt);

        /** Asks a question and returns the answer line. */
        Optional<String> readLine(String prompt);

        /**
         * Whether standard error is a terminal, where a progress bar redrawing its line helps;
         * redirected to a file, its redraws would only fill the log.
         */
        default boolean showsProgress() {
            return false;
        }
    }

    /** The process's console; there is none when standard input or output is redirected. */
    private static final class SystemTerminal implements Terminal {

        /**
         * Java cannot tell whether standard error is a terminal: the launcher script can
         * ({@code [ -t 2 ]}) and says so in this property. Without it, no progress bar.
         */
        static final String STDERR_IS_TERMINAL = "ordo.stderr.terminal";

        @Override
        public Optional<char[]> readPassword(String prompt) {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        }

        @Override
        public Optional<String> readLine(String prompt) {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", prompt));
        }

        @Override
        public boolean showsProgress() {
            return Boolean.getBoolean(STDERR_IS_TERMINAL);
        }
    }

    /** The command object at the root of the tree, which carries the environment to every command. */
    public interface Holder {

        Environment environment();
    }
}
