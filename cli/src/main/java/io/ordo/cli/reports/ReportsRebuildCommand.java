package io.ordo.cli.reports;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.ReportsRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code ordo reports rebuild}: rebuilds the read models from the event history while the reports
 * keep answering; with {@code --wait}, until it is done.
 */
@Command(name = "rebuild",
        description = {"Rebuild the reports' read models from the event history (admins only).",
            "E.g. after a fix to how a report counts. Reports keep answering from the current read",
            "models until the rebuilt ones take over. Without --wait it only starts it; follow it with",
            "'rebuild-status'.",
            "With --wait: exits 0 when it is done, 1 if it failed, 7 if still running at the --timeout."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports rebuild", "  ordo reports rebuild --wait --timeout 30m"})
public final class ReportsRebuildCommand extends AbstractCommand {

    private static final Duration POLL_EVERY = Duration.ofMillis(500);

    @Option(names = "--wait", description = "Wait until the rebuild is done (or failed), then show it.")
    boolean await;

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "10m",
            description = "How long --wait waits, e.g. 30m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    protected int execute() {
        ReportsApi reports = client().reports();
        ReportsRebuild rebuild = reports.startRebuild();
        if (!await) {
            print(rebuild, out -> {
                out.printf("Rebuilding the read models as generation %d, replaying the events up to %d.%n",
                        rebuild.generation(), rebuild.replayedThrough());
                out.println("Reports keep answering from the current ones meanwhile. Follow it with: "
                        + "ordo reports rebuild-status " + rebuild.generation());
            });
            return ExitCodes.OK;
        }
        ReportsRebuild done = waitFor(reports, rebuild);
        print(done, out -> RebuildProgress.print(done, out));
        if ("FAILED".equals(done.status())) {
            err().println("ordo: Rebuild " + done.generation() + " failed: " + done.failure()
                    + ". Reports keep answering from the previous read models.");
            return ExitCodes.UNEXPECTED;
        }
        return ExitCodes.OK;
    }

    /** Polls the rebuild until it is no longer running; it runs on the server whether we wait or not. */
    private ReportsRebuild waitFor(ReportsApi reports, ReportsRebuild started) {
        Instant deadline = Instant.now().plus(timeout);
        ReportsRebuild rebuild = started;
        while (rebuild.isRunning()) {
            if (Instant.now().isAfter(deadline)) {
                throw new CliException(ExitCodes.UNAVAILABLE, "Rebuild " + rebuild.generation() + " is still running after "
                        + timeout.toMinutes() + " min (" + rebuild.eventsApplied() + " of " + rebuild.replayedThrough()
                        + " events applied). It goes on: follow it with: ordo reports rebuild-status "
                        + rebuild.generation());
            }
            pause();
            rebuild = reports.rebuild(rebuild.generation());
        }
        return rebuild;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.UNEXPECTED, "Interrupted while waiting; the rebuild goes on on the server.");
        }
    }
}
