package io.ordo.cli.audit;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo audit}: groups the commands over the audit log (admins only). */
@Command(name = "audit",
        description = "Read the audit log: every change staff and admins made, kept for good (admins only).",
        subcommands = AuditListCommand.class,
        footerHeading = "%nExamples:%n",
        footer = {"  ordo audit list", "  ordo audit list --actor bob --all --output json"})
public final class AuditCommand extends GroupCommand {
}
