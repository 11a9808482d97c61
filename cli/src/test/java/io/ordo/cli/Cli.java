package io.ordo.cli;

import io.ordo.cli.command.Environment;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code ordo} in-process as a person would from a shell, with its own environment
 * variables, standard input, terminal and home folder, and captures what it prints.
 */
final class Cli {

    private final Map<String, String> variables = new HashMap<>();
    private final Path home;
    private String stdin = "";
    private Environment.PasswordPrompt prompt = text -> Optional.empty();

    private Cli(Path home) {
        this.home = home;
    }

    /** A shell whose config folder ($ORDO_CONFIG_HOME) is {@code home}/ordo, with no terminal. */
    static Cli in(Path home) {
        return new Cli(home).withVariable("ORDO_CONFIG_HOME", home.resolve("ordo").toString());
    }

    Cli withVariable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    Cli withStdin(String text) {
        this.stdin = text;
        return this;
    }

    /** A terminal on which a person answers every password prompt with {@code password}. */
    Cli withTerminalAnswering(String password) {
        this.prompt = text -> Optional.of(password.toCharArray());
        return this;
    }

    Path sessionFile() {
        return home.resolve("ordo").resolve("session.json");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(variables,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), prompt, home);
        int exitCode = Main.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** What the command left behind: its exit code and everything it printed. */
    record Result(int exitCode, String out, String err) {
    }
}
