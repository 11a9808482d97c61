package io.ordo.cli.customers;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo customers}: groups the commands over customers' personal data (admins only). */
@Command(name = "customers",
        description = "Customers' personal data (admins only).",
        subcommands = CustomersEraseCommand.class,
        footerHeading = "%nExamples:%n",
        footer = {"  ordo customers erase ada@example.org"})
public final class CustomersCommand extends GroupCommand {
}
