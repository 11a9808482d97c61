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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

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
        TextTable table = TextTable.of(Column.left("AT"), Column.truncated("ACTOR"), Column.left("ACTION"),
                Column.left("TARGET"), Column.right("OUTCOME"));
        page.items().forEach(entry -> table.row(Formats.time(entry.at()), entry.actor(), readable(entry.action()),
                entry.target(), entry.outcome()));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage("ordo audit list").option("--actor", actor)
                    .at(page.nextCursor(), paging));
        }
    }

    /**
     * The server names an action by the code that served it ({@code AdminUserResource.resetPassword});
     * the table says it as a person would: what it was done to, then what was done
     * ({@code user: reset password}). {@code --output json} keeps the server's name.
     */
    static String readable(String action) {
        Matcher code = RESOURCE_METHOD.matcher(action == null ? "" : action);
        if (!code.matches()) {
            return action;
        }
        return words(code.group(1)) + ": " + words(code.group(2));
    }

    private static final Pattern RESOURCE_METHOD = Pattern.compile("(?:Admin)?([A-Z][A-Za-z]*?)Resource\\.([a-z][A-Za-z]*)");

    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
