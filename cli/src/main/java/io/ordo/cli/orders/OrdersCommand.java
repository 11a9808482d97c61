package io.ordo.cli.orders;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo orders}: groups the order commands. */
@Command(name = "orders",
        description = "List, inspect, cancel, retry, ship and export orders.",
        subcommands = {
            OrdersListCommand.class,
            OrdersShowCommand.class,
            OrdersHistoryCommand.class,
            OrdersCancelCommand.class,
            OrdersRetryCommand.class,
            OrdersShipCommand.class,
            OrdersLifecycleCommand.class,
            OrdersExportCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders list --status FAILED", "  ordo orders show 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10"})
public final class OrdersCommand extends GroupCommand {
}
