package io.ordo.cli.orders;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.OrderLifecycle;
import io.ordo.client.model.OrderStatus;
import picocli.CommandLine.Command;

import java.util.stream.Collectors;

/** {@code ordo orders lifecycle}: the state machine the server's orders obey, as the server publishes it. */
@Command(name = "lifecycle",
        description = "Show the order state machine: every status and which action leads where.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders lifecycle", "  ordo orders lifecycle --output json"})
public final class OrdersLifecycleCommand extends AbstractCommand {

    @Override
    protected int execute() {
        OrderLifecycle lifecycle = client().orderLifecycle();
        print(lifecycle, out -> {
            out.println("Starts  " + lifecycle.initial());
            out.println("Ends    " + lifecycle.finalStates().stream().map(OrderStatus::name)
                    .collect(Collectors.joining(", ")));
            out.println();
            TextTable table = TextTable.of(Column.left("FROM"), Column.left("ACTION"), Column.left("TO"));
            lifecycle.transitions().forEach(transition ->
                    table.row(transition.from(), transition.action(), transition.to()));
            table.printTo(out);
        });
        return ExitCodes.OK;
    }
}
