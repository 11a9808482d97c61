package io.ordo.cli.customers;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.model.CustomerErasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo customers erase}: erases a customer's personal data for good, after asking. */
@Command(name = "erase",
        description = {"Erase a customer's personal data (name, email, phone, address) on every order.",
            "Their data key is destroyed: the orders stay for the accounts, their customer reads as erased.",
            "Cannot be undone. Asks first; --yes skips the question (and is needed in scripts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo customers erase ada@example.org", "  ordo customers erase ada@example.org --yes --output json"})
public final class CustomersEraseCommand extends AbstractCommand {

    @Parameters(paramLabel = "EMAIL", description = "The customer's email address, as they gave it (case does not matter).")
    String email;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        confirmation.confirm(environment(), () -> "Erase the personal data of " + email
                + " on every order? This cannot be undone.", "Erasing the personal data of " + email);
        CustomerErasure erasure = client().admin().eraseCustomer(email);
        print(erasure, out -> out.printf(erasure.dataKeysDestroyed() == 0
                        ? "Nothing to erase: no personal data on record for that email (audit: customer %s).%n"
                        : "Erased: %2$s the customer as erased (audit: customer %1$s).%n",
                erasure.subject(), erasure.ordersAffected() == 1 ? "1 order now shows"
                        : erasure.ordersAffected() + " orders now show"));
        return ExitCodes.OK;
    }
}
