package io.ordo.cli.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.client.model.DeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code ordo dead-letters show}: one dead letter with its last error and the message itself. */
@Command(name = "show",
        description = "Show one dead letter: what failed, how often, the last error, and the message itself.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo dead-letters show 12", "  ordo dead-letters show 12 --output json"})
public final class DeadLettersShowCommand extends AbstractCommand {

    private static final String LABEL = "%-12s %s%n";
    private static final int TEXT_WIDTH = TextTable.WIDTH - 13;

    @Parameters(paramLabel = "ID", description = "The dead letter's number, as 'ordo dead-letters list' shows it.")
    long id;

    @Override
    protected int execute() {
        DeadLetter letter = client().deadLetter(id);
        print(letter, out -> printDetails(letter, out));
        return ExitCodes.OK;
    }

    private static void printDetails(DeadLetter letter, PrintWriter out) {
        out.printf(LABEL, "Dead letter", letter.id());
        out.printf(LABEL, "Status", letter.status());
        out.printf(LABEL, "Consumer", letter.consumer());
        out.printf(LABEL, "Event", letter.eventType() + " " + Formats.text(letter.eventId()));
        out.printf(LABEL, "About", Formats.text(letter.aggregateId()));
        out.printf(LABEL, "Attempts", letter.attempts());
        out.printf(LABEL, "First failed", Formats.time(letter.firstFailedAt()));
        out.printf(LABEL, "Last failed", Formats.time(letter.lastFailedAt()));
        if (letter.resolvedBy() != null) {
            out.printf(LABEL, "Resolved", letter.status() + " by " + letter.resolvedBy() + " at "
                    + Formats.time(letter.resolvedAt()));
        }
        String label = "Last error";
        for (String line : Formats.wrap(Formats.text(letter.lastError()), TEXT_WIDTH)) {
            out.printf(LABEL, label, line);
            label = "";
        }
        out.println();
        out.println("Message");
        out.println(readable(letter.message()));
    }

    /** Events are JSON on one line; indented they can be read. Anything else is shown as it came. */
    private static String readable(String message) {
        if (message == null) {
            return "";
        }
        ObjectMapper json = new ObjectMapper();
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(message));
        } catch (JsonProcessingException notJson) {
            return message;
        }
    }
}
