package io.ordo.cli;

import io.ordo.cli.command.Environment;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
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
    private Environment.Terminal terminal = new NoTerminal();

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

    /** A terminal on which a person gives these answers, in order, to whatever they are asked. */
    Cli withTerminalAnswering(String... answers) {
        this.terminal = new ScriptedTerminal(answers);
        return this;
    }

    /** Standard error is a terminal, as when a person watches: progress bars show. */
    Cli withStderrOnTerminal() {
        Environment.Terminal inner = terminal;
        this.terminal = new Environment.Terminal() {
            @Override
            public Optional<char[]> readPassword(String prompt) {
                return inner.readPassword(prompt);
            }

            @Override
            public Optional<String> readLine(String prompt) {
                return inner.readLine(prompt);
            }

            @Override
            public boolean showsProgress() {
                return true;
            }
        };
        return this;
    }

    /** The whole command tree, for tests that walk it rather than run it. */
    static CommandLine commandTree() {
        Environment unused = new Environment(Map.of(), InputStream.nullInputStream(), new NoTerminal(), Path.of("."));
        return Main.commandLine(unused, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    Path sessionFile() {
        return home.resolve("ordo").resolve("session.json");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> asked = new ArrayList<>();
        Environment environment = new Environment(variables,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), recording(asked), home);
        int exitCode = Main.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, out.toString(), err.toString(), List.copyOf(asked));
    }

    private Environment.Terminal recording(List<String> asked) {
        return new Environment.Terminal() {
            @Override
            public Optional<char[]> readPassword(String prompt) {
                asked.add(prompt);
                return terminal.readPassword(prompt);
            }

            @Override
            public Optional<String> readLine(String prompt) {
                asked.add(prompt);
                return terminal.readLine(prompt);
            }

            @Override
            public boolean showsProgress() {
                return terminal.showsProgress();
            }
        };
    }

    /**
     * What the command left behind: its exit code, everything it printed, and the questions it
     * asked on the terminal (there or not).
     */
    record Result(int exitCode, String out, String err, List<String> asked) {
    }

    /** Standard input and output are not a terminal: a script, a pipe, CI. */
    private static final class NoTerminal implements Environment.Terminal {

        @Override
        public Optional<char[]> readPassword(String prompt) {
            return Optional.empty();
        }

        @Override
        public Optional<String> readLine(String prompt) {
            return Optional.empty();
        }
    }

    /** A person at a terminal who answers from a script; a question beyond it is a test failure. */
    private static final class ScriptedTerminal implements Environment.Terminal {

        private final Deque<String> answers;

        ScriptedTerminal(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public Optional<char[]> readPassword(String prompt) {
            return readLine(prompt).map(String::toCharArray);
        }

        @Override
        public Optional<String> readLine(String prompt) {
            if (answers.isEmpty()) {
                throw new AssertionError("asked one question too many: " + prompt);
            }
            return Optional.of(answers.pop());
        }
    }
}
