package io.ordo.cli.deadletters;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.DeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo dead-letters discard}: gives up on a parked message for good, after asking. */
@Command(name = "discard",
        description = {"Give up on a PARKED message: it is never applied, and stays on record as DISCARDED.",
            "Cannot be undone, so it asks first; --yes skips the question (and is needed in scripts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo dead-letters discard 12", "  ordo dead-letters discard 12 --yes --output json"})
public final class DeadLettersDiscardCommand extends AbstractCommand {

    @Parameters(paramLabel = "ID", description = "The dead letter's number, as 'ordo dead-letters list' shows it.")
    long id;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        OrdoClient client = client();
        confirmation.confirm(environment(), () -> question(client.deadLetter(id)), "Discarding dead letter " + id);
        DeadLetter discarded = client.discardDeadLetter(id);
        print(discarded, out -> out.printf("Discarded dead letter %d (%s to %s): now %s.%n", discarded.id(),
                discarded.eventType(), discarded.consumer(), discarded.status()));
        return ExitCodes.OK;
    }

    private String question(DeadLetter letter) {
        return "Discard dead letter " + id + " (" + letter.eventType() + " to " + letter.consumer() + ", "
                + letter.status() + ")? It will never be applied.";
    }
}
