package io.ordo.cli.deadletters;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.DeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo dead-letters replay}: applies a parked message again. Asks nothing: the consumer's
 * inbox makes a message applied meanwhile harmless, and a replay that fails leaves it parked.
 */
@Command(name = "replay",
        description = {"Apply a PARKED message again through its consumer, once the cause is fixed.",
            "If it fails again it stays PARKED with the new error, and this exits 5."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo dead-letters replay 12", "  ordo dead-letters replay 12 --output json"})
public final class DeadLettersReplayCommand extends AbstractCommand {

    @Parameters(paramLabel = "ID", description = "The dead letter's number, as 'ordo dead-letters list' shows it.")
    long id;

    @Override
    protected int execute() {
        DeadLetter replayed = client().replayDeadLetter(id);
        print(replayed, out -> out.printf("Replayed dead letter %d (%s to %s): now %s.%n", replayed.id(),
                replayed.eventType(), replayed.consumer(), replayed.status()));
        return ExitCodes.OK;
    }
}
