package io.ordo.sandbox;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/** Runs the sandbox as its own process until it is stopped (Ctrl-C, SIGTERM). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine options;
        try {
            options = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (options.helpRequested()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        PaymentSandbox sandbox;
        try {
            sandbox = PaymentSandbox.start(options.host(), options.port(), options.behaviour());
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "payment-sandbox-shutdown"));
        // The base URL alone on standard output, so a script can read where the sandbox listens.
        System.out.println(sandbox.baseUri());
        System.out.flush();
        stopped.await();
    }
}
