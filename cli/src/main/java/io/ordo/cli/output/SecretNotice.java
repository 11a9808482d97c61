package io.ordo.cli.output;

import io.ordo.client.model.GeneratedSecret;

import java.io.PrintWriter;

/**
 * How a generated password or client secret is shown: once, on stdout, on a line of its own so it
 * can be copied, with the reminder that it cannot be shown again.
 */
public final class SecretNotice {

    private SecretNotice() {
    }

    /**
     * @param done what happened, e.g. "Created user bob (staff)."
     * @param label what the secret is, e.g. "Password"
     * @param next what the receiver does with it, e.g. "They sign in with: ordo login -u bob"
     */
    public static void print(PrintWriter out, String done, String label, GeneratedSecret secret, String next) {
        out.println(done);
        out.println();
        out.println("  " + label + ": " + secret.secret());
        out.println();
        out.println("Shown once: Ordo keeps only a hash of it. Hand it on now, over a safe channel.");
        out.println(next);
    }
}
