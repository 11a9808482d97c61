package io.ordo.cli.products;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo products}: groups the catalogue commands. */
@Command(name = "products",
        description = "Read, import and export the catalogue.",
        subcommands = {ProductsListCommand.class, ProductsImportCommand.class, ProductsExportCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo products list", "  ordo products import catalogue.csv --dry-run"})
public final class ProductsCommand extends GroupCommand {
}
