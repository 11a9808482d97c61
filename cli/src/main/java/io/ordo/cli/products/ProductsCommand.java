package io.ordo.cli.products;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo products}: groups the catalogue commands. */
@Command(name = "products",
        description = "Read the catalogue.",
        subcommands = ProductsListCommand.class,
        footerHeading = "%nExamples:%n",
        footer = "  ordo products list")
public final class ProductsCommand extends GroupCommand {
}
