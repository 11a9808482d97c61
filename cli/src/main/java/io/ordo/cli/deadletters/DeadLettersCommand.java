package io.ordo.cli.deadletters;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo dead-letters}: groups the dead-letter commands (admins only). */
@Command(name = "dead-letters",
        description = {"See, replay or discard the messages a consumer kept failing on (admins only).",
            "Fix the cause first (see the last error and the server log), then replay."},
        subcommands = {
            DeadLettersListCommand.class,
            DeadLettersShowCommand.class,
            DeadLettersReplayCommand.class,
            DeadLettersDiscardCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {"  ordo dead-letters list --status PARKED", "  ordo dead-letters replay 12"})
public final class DeadLettersCommand extends GroupCommand {
}
