package io.ordo.cli.stock;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.ApiException;
import io.ordo.client.ErrorKind;
import io.ordo.client.model.StockAdjustment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo stock adjust SKU --by N --reason R}: counts stock in or out by hand. */
@Command(name = "adjust",
        description = {"Count stock in or out by hand (a stock-take, breakage, a find), with a reason.",
            "Refused (exit 5), changing nothing, if it would leave less on hand than is reserved",
            "for orders, or less than none. Recorded in the ledger and the audit log."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock adjust KB-001 --by -2 --reason stock-take --note 'two broken in B2'",
            "  ordo stock adjust MS-002 --by 24 --reason 'found a box'"})
public final class StockAdjustCommand extends AbstractCommand {

    @Parameters(paramLabel = "SKU", description = "The product.")
    String sku;

    @Option(names = "--by", required = true, paramLabel = "N", description = "How many units in (positive) or out (negative).")
    int change;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the stock changes (kept in the ledger).")
    String reason;

    @Option(names = "--note", paramLabel = "TEXT", description = "Anything else worth keeping with it.")
    String note;

    @Override
    protected int execute() {
        if (change == 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--by must not be 0: give how many units in or out");
        }
        StockAdjustment adjusted;
        try {
            adjusted = client().inventory().adjustStock(sku, change, reason, note);
        } catch (ApiException refused) {
            if (refused.kind() != ErrorKind.CONFLICT) {
                throw refused;
            }
            // The server says which invariant it would break; what helps next is the stock as it is.
            throw new CliException(ExitCodes.CONFLICT, refused.getMessage() + " See the stock now with: ordo stock show " + sku);
        }
        print(adjusted, out -> out.printf("Adjusted %s by %+d: %d on hand, %d reserved, %d available%s.%n", sku, change,
                adjusted.level().onHand(), adjusted.level().reserved(), adjusted.level().available(),
                adjusted.level().lowStock() ? " (low)" : ""));
        return ExitCodes.OK;
    }
}
