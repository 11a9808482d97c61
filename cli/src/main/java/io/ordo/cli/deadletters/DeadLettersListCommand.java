package io.ordo.cli.deadletters;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.DeadLetterQuery;
import io.ordo.client.Page;
import io.ordo.client.model.DeadLetterStatus;
import io.ordo.client.model.DeadLetterSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code ordo dead-letters list}: dead letters, newest first, with the gist of their last error. */
@Command(name = "list",
        description = "List dead letters, newest first: which consumer failed on which event, and why.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo dead-letters list --status PARKED",
            "  ordo dead-letters list --consumer inventory --all --output json"})
public final class DeadLettersListCommand extends AbstractCommand {

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = DeadLetterStatusNames.class,
            description = "Only dead letters in this status: ${COMPLETION-CANDIDATES} "
                    + "(PARKED ones wait for an admin).")
    DeadLetterStatus status;

    @Option(names = "--consumer", paramLabel = "NAME", description = "Only those of this consumer, e.g. inventory.")
    String consumer;

    @Mixin
    PagingOptions paging;

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected int execute() {
        DeadLetterQuery query = DeadLetterQuery.all().withStatus(status).withConsumer(consumer)
                .withLimit(paging.limit()).after(paging.cursor());
        Page<DeadLetterSummary> page = paging.all()
                ? new Page<>(client().allDeadLetters(query).toList(), null)
                : client().deadLetters(query);
        print(page, out -> printTable(page, out));
        return ExitCodes.OK;
    }

    private void printTable(Page<DeadLetterSummary> page, PrintWriter out) {
        if (page.items().isEmpty()) {
            out.println(status == null ? "No dead letters." : "No " + status + " dead letters.");
            return;
        }
        TextTable table = TextTable.of(Column.right("ID"), Column.left("STATUS"), Column.truncated("CONSUMER"),
                Column.truncated("EVENT"), Column.left("LAST FAILED"), Column.truncated("LAST ERROR"));
        page.items().forEach(letter -> table.row(letter.id(), letter.status(), letter.consumer(), letter.eventType(),
                Formats.time(letter.lastFailedAt()), letter.lastError()));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage("ordo dead-letters list").option("--status", status)
                    .option("--consumer", consumer).at(page.nextCursor(), paging));
        }
    }
}
