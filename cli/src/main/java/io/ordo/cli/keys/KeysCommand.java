package io.ordo.cli.keys;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo keys}: groups the commands over the token signing keys (admins only). */
@Command(name = "keys",
        description = "Manage the keys that sign access tokens (admins only).",
        subcommands = KeysRotateCommand.class,
        footerHeading = "%nExamples:%n",
        footer = {"  ordo keys rotate"})
public final class KeysCommand extends GroupCommand {
}
