package io.ordo.cli.keys;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.client.model.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ordo keys rotate}: signs new tokens with a new key; nobody is signed out. */
@Command(name = "rotate",
        description = {"Sign new tokens with a new key from now on.",
            "Do it regularly, and at once when the old key may have leaked.",
            "Tokens signed with the previous key stay valid until they expire, so nobody is signed out;",
            "every server picks the new key up within seconds.",
            "Cannot be undone, so it asks first; --yes skips the question (and is needed in scripts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo keys rotate", "  ordo keys rotate --yes --output json"})
public final class KeysRotateCommand extends AbstractCommand {

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        confirmation.confirm(environment(), () -> "Sign new tokens with a new key from now on?",
                "Rotating the signing key");
        SigningKey key = client().admin().rotateSigningKey();
        print(key, out -> {
            out.printf("New tokens are signed with key %s (created %s).%n", key.kid(), Formats.time(key.createdAt()));
            out.println("Tokens signed with the previous key stay valid until they expire.");
        });
        return ExitCodes.OK;
    }
}
