package io.ordo.cli.audit;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.AuditQuery;
import io.ordo.client.Page;
import io.ordo.client.model.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code ordo audit list}: what staff and admins did, newest first. */
@Command(name = "list",
        description = {"List audit entries, newest first: when, who, what, to what, with which outcome.",
            "The outcome is the HTTP status the server answered; --output json adds the request and its",
            "correlation id."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo audit list", "  ordo audit list --actor bob --limit 20",
            "  ordo audit list --all --output json"})
public final class AuditListCommand extends AbstractCommand {

    @Option(names = "--actor", paramLabel = "NAME", description = "Only what this user (or client) did.")
    String actor;

    @Mixin
    PagingOptions paging;

    @Override
    protected int execute() {
        AuditQuery query = AuditQuery.all().withActor(actor).withLimit(paging.limit()).after(paging.cursor());
        Page<AuditEntry> page = paging.all()
                ? new Page<>(client().admin().allAuditEntries(query).toList(), null)
                : client().admin().auditEntries(query);
        print(page, out -> printTable(page, out));
        return ExitCodes.OK;
    }

    private void printTable(Page<AuditEntry> page, PrintWriter out) {
        if (page.items().isEmpty()) {
            out.println(actor == null ? "No audit entries." : "No audit entries of " + actor + ".");
            return;
        }
        TextTable table = TextTable.of(Column.left("AT"), Column.truncated("ACTOR"), Column.truncated("ACTION"),
                Column.left("TARGET"), Column.right("OUTCOME"));
        page.items().forEach(entry -> table.row(Formats.time(entry.at()), entry.actor(), entry.action(),
                entry.target(), entry.outcome()));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage("ordo audit list").option("--actor", actor)
                    .at(page.nextCursor(), paging));
        }
    }
}
