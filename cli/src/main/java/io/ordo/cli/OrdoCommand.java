package io.ordo.cli;

import io.ordo.cli.auth.LoginCommand;
import io.ordo.cli.auth.LogoutCommand;
import io.ordo.cli.command.Environment;
import io.ordo.cli.command.GroupCommand;
import io.ordo.cli.health.HealthCommand;
import io.ordo.cli.orders.OrdersCommand;
import io.ordo.cli.deadletters.DeadLettersCommand;
import io.ordo.cli.products.ProductsCommand;
import io.ordo.cli.audit.AuditCommand;
import io.ordo.cli.clients.ClientsCommand;
import io.ordo.cli.customers.CustomersCommand;
import io.ordo.cli.keys.KeysCommand;
import io.ordo.cli.reports.ReportsCommand;
import io.ordo.cli.roles.RolesCommand;
import io.ordo.cli.users.UsersCommand;
import io.ordo.cli.stock.StockCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code ordo}, the root of the command tree. It carries the {@link Environment} the commands run
 * in; help and version options come from the base classes.
 */
@Command(name = "ordo",
        description = "Administer an Ordo order management server.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ordo login --server https://localhost:9443 --username admin",
            "  ordo orders list --status PAID",
            "  ordo orders cancel 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10 --reason duplicate",
            "  ordo dead-letters list --status PARKED --profile prod --output json",
            "  ordo users create bob --role staff",
            "  ordo reports sales --from 2025-03-01 --output csv > sales.csv"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:unexpected error (please report it)",
            "2:nothing done: wrong usage or configuration, or not confirmed",
            "3:not signed in, or not allowed",
            "4:not found",
            "5:conflict: it changed meanwhile or its state forbids this",
            "6:invalid input",
            "7:server unavailable, down or busy: retry later"
        })
final class OrdoCommand extends GroupCommand implements Environment.Holder {

    /** The name picocli gives {@link AutoComplete.GenerateCompletion}. */
    static final String GENERATE_COMPLETION = "generate-completion";

    /**
     * The commands under {@code ordo}, in the order its help lists them. Added by {@code Main}
     * rather than named in the annotation, so that a run builds only the branch it needs.
     */
    static final List<Class<?>> COMMANDS = List.of(
            HealthCommand.class,
            LoginCommand.class,
            LogoutCommand.class,
            ProductsCommand.class,
            StockCommand.class,
            OrdersCommand.class,
            DeadLettersCommand.class,
            UsersCommand.class,
            RolesCommand.class,
            ClientsCommand.class,
            KeysCommand.class,
            AuditCommand.class,
            ReportsCommand.class,
            CustomersCommand.class,
            AutoComplete.GenerateCompletion.class);

    private final Environment environment;

    OrdoCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Environment environment() {
        return environment;
    }

    /** {@code ordo} alone is someone finding their way: the help, not an error. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
