package io.ordo.cli.roles;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.RoleAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code ordo roles}: what each role may do, read from the OpenAPI document the server serves, so
 * the answer is what the server enforces today rather than a list kept by hand.
 */
@Command(name = "roles",
        description = {"Show what each role may do: every API operation that allows it.",
            "Read from the server's own API description (/openapi), so it is what the server enforces.",
            "Needs no sign-in."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo roles", "  ordo roles staff", "  ordo roles admin --output json"})
public final class RolesCommand extends AbstractCommand {

    @Parameters(paramLabel = "ROLE", arity = "0..1", description = "Only this role, e.g. staff.")
    String role;

    @Override
    protected int execute() {
        List<RoleAccess> roles = unauthenticatedClient().admin().roles();
        List<RoleAccess> shown = role == null ? roles
                : roles.stream().filter(access -> access.role().equalsIgnoreCase(role.strip())).toList();
        if (shown.isEmpty()) {
            throw new CliException(ExitCodes.NOT_FOUND, role == null
                    ? "The server's API description names no roles."
                    : "The server knows no role '" + role + "'; it knows " + roles.stream().map(RoleAccess::role)
                            .collect(Collectors.joining(", ")) + ".");
        }
        print(shown, out -> printTables(shown, out));
        return ExitCodes.OK;
    }

    private static void printTables(List<RoleAccess> roles, PrintWriter out) {
        boolean first = true;
        for (RoleAccess access : roles) {
            if (!first) {
                out.println();
            }
            first = false;
            out.printf("%s%s: %d operations%n", access.role(),
                    access.description() == null || access.description().equals(access.role())
                            ? "" : " (" + access.description() + ")", access.operations().size());
            TextTable table = TextTable.of(Column.left("METHOD"), Column.left("PATH"), Column.wrapped("WHAT"));
            access.operations().forEach(operation -> table.row(operation.method(), shortPath(operation.path()),
                    operation.summary()));
            table.printTo(out);
        }
        out.println();
        out.println("Paths are below /api/v1; the served description is at /openapi.");
    }

    /** Every operation is under /api/v1; without it the paths leave room for what they do. */
    private static String shortPath(String path) {
        return path.startsWith("/api/v1/") ? path.substring("/api/v1".length()) : path;
    }
}
