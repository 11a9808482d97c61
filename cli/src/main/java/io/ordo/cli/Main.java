package io.ordo.cli;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CommandSuggestion;
import io.ordo.cli.command.Environment;
import io.ordo.cli.command.ErrorReport;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.KnownNames;
import io.ordo.cli.command.TimeConverter;
import io.ordo.cli.output.TerminalSafeWriter;
import io.ordo.client.DataFormat;
import io.ordo.client.model.DeadLetterStatus;
import io.ordo.client.model.OrderStatus;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code ordo}. {@link #run} returns the exit code instead of exiting, so tests run whole
 * commands in-process and read what a person would see.
 */
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Environment.system(), out, err, args);
    }

    /** Everything printed goes through a {@link TerminalSafeWriter}: much of it is the server's text. */
    static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeOut = TerminalSafeWriter.of(out);
        PrintWriter safeErr = TerminalSafeWriter.of(err);
        int exitCode = commandLine(environment, safeOut, safeErr, commandsNeededFor(args)).execute(args);
        safeOut.flush();
        safeErr.flush();
        return exitCode;
    }

    /** The whole command tree. */
    static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        return commandLine(environment, out, err, OrdoCommand.COMMANDS);
    }

    /**
     * The one top-level command the arguments start with, when they start with one: building
     * the model of every command (reflection over some 60 classes) is most of what a run costs
     * before it sends anything. The help, the suggestions for a mistyped command and the
     * completion script need them all.
     */
    static List<Class<?>> commandsNeededFor(String... args) {
        if (args.length == 0) {
            return OrdoCommand.COMMANDS;
        }
        return OrdoCommand.COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(args[0]))
                .filter(command -> command != AutoComplete.GenerateCompletion.class)
                .findFirst().<List<Class<?>>>map(List::of)
                .orElse(OrdoCommand.COMMANDS);
    }

    private static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err,
                                           List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new OrdoCommand(environment));
        // Added before the settings below, which apply to the subcommands present.
        commands.forEach(commandLine::addSubcommand);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Instant.class, new TimeConverter())
                .registerConverter(OrderStatus.class,
                        new KnownNames<>("an order status", OrderStatus.values(), OrderStatus::name))
                .registerConverter(DataFormat.class,
                        new KnownNames<>("a file format", DataFormat.values(), format -> format.name().toLowerCase(java.util.Locale.ROOT)))
                .registerConverter(DeadLetterStatus.class,
                        new KnownNames<>("a dead letter status", DeadLetterStatus.values(), DeadLetterStatus::name))
                .setExitCodeExceptionMapper(ExitCodes::of)
                .setParameterExceptionHandler(Main::reportUsageError)
                .setExecutionExceptionHandler((failure, command, parseResult) -> {
                    command.getErr().println("ordo: " + ErrorReport.describe(failure, serverOf(command)));
                    return ExitCodes.of(failure);
                });
        CommandLine completion = commandLine.getSubcommands().get(OrdoCommand.GENERATE_COMPLETION);
        if (completion != null) {
            showCompletionCommand(completion);
        }
        return commandLine;
    }

    /** picocli hides its completion command and gives it no example: people should find it in the help. */
    private static void showCompletionCommand(CommandLine completion) {
        completion.getCommandSpec().usageMessage()
                .hidden(false)
                .footerHeading("%nExamples:%n")
                .footer("  source <(ordo generate-completion)",
                        "  ordo generate-completion > ~/.local/share/bash-completion/completions/ordo");
    }

    private static int reportUsageError(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("ordo: " + failure.getMessage());
        Optional<String> meant = failure instanceof UnmatchedArgumentException unmatched
                ? CommandSuggestion.of(unmatched) : Optional.empty();
        if (meant.isPresent()) {
            err.println("Did you mean '" + meant.get() + "'?");
        } else {
            UnmatchedArgumentException.printSuggestions(failure, err);
        }
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCodes.of(failure);
    }

    /** The server a failed command talked to; null when nothing named one (then it talked to none). */
    private static URI serverOf(CommandLine command) {
        try {
            return command.getCommand() instanceof AbstractCommand abstractCommand
                    ? abstractCommand.configuredServer().orElse(null) : null;
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
