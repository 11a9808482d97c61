package io.ordo.cli.command;

import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code --yes} and the question a command that cannot be undone asks before it acts. Without a
 * terminal there is nobody to ask: such a command then needs {@code --yes}, so a script never
 * does something for good by accident, nor hangs waiting for an answer.
 */
public final class Confirmation {

    @Option(names = {"-y", "--yes"},
            description = "Do it without asking first. Needed where there is no terminal to ask on (scripts).")
    boolean yes;

    /**
     * Returns when the person confirmed (or gave {@code --yes}); otherwise nothing was done and
     * the command ends with {@link ExitCodes#USAGE}.
     *
     * @param question what is about to happen, as a question ending in "?"; worked out only
     *        without {@code --yes}, since it may take a request to the server
     * @param action what is not done without confirmation, e.g. "Cancelling order 3f2a..."
     */
    public void confirm(Environment environment, Supplier<String> question, String action) {
        if (yes) {
            return;
        }
        String answer = environment.terminal().readLine(question.get() + " [y/N] ")
                .orElseThrow(() -> new CliException(ExitCodes.USAGE, action
                        + " needs a confirmation and there is no terminal to ask on: add --yes to confirm."));
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals("y") && !normalized.equals("yes")) {
            throw new CliException(ExitCodes.USAGE, "Not confirmed: nothing was done.");
        }
    }
}
