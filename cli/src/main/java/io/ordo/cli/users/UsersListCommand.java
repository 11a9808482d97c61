package io.ordo.cli.users;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.UserAccount;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo users list}: every staff and admin account, with its roles and whether it may sign in. */
@Command(name = "list",
        description = "List every staff and admin account: roles, enabled or disabled, when created.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo users list", "  ordo users list --output json"})
public final class UsersListCommand extends AbstractCommand {

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected int execute() {
        List<UserAccount> users = client().admin().users();
        print(users, out -> printTable(users, out));
        return ExitCodes.OK;
    }

    private static void printTable(List<UserAccount> users, PrintWriter out) {
        if (users.isEmpty()) {
            out.println("No users.");
            return;
        }
        TextTable table = TextTable.of(Column.truncated("USERNAME"), Column.left("ROLES"), Column.left("STATUS"),
                Column.left("CREATED"));
        users.forEach(user -> table.row(user.username(), RoleNames.joined(user.roles()),
                user.enabled() ? "enabled" : "disabled", Formats.time(user.createdAt())));
        table.printTo(out);
    }
}
