package io.ordo.cli.transfer;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.DataFormat;
import io.ordo.client.InventoryApi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongConsumer;
import picocli.CommandLine.Option;

/**
 * What the export commands share: stream CSV or JSON from the server to a file or to standard
 * output. A file is written beside its final name and moved there only once complete, so a
 * failed export never leaves half a file behind.
 */
public abstract class ExportCommand extends AbstractCommand {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path file;

    @Option(names = "--format", paramLabel = "csv|json",
            description = "csv (with a header line) or json (an array of objects); default: the file's extension, else csv.")
    DataFormat format;

    @Option(names = "--no-progress", description = "No progress bar on stderr while writing a file.")
    boolean noProgress;

    private final String what;
    private final Source source;

    /**
     * @param what what is exported, for messages and the progress bar: "products", "stock", "orders"
     * @param source the client's call that streams it, e.g. {@code InventoryApi::exportOrders}
     */
    protected ExportCommand(String what, Source source) {
        this.what = what;
        this.source = source;
    }

    /** The client's export call: streams the data to {@code out}, reporting bytes to {@code progress}. */
    @FunctionalInterface
    protected interface Source {

        long receive(InventoryApi inventory, DataFormat format, OutputStream out, LongConsumer progress);
    }

    @Override
    protected final int execute() {
        DataFormat dataFormat = FormatOption.of(format, file);
        InventoryApi inventory = client().inventory();
        if (file == null) {
            try (TextOutput stdout = new TextOutput(out())) {
                source.receive(inventory, dataFormat, stdout, bytes -> { });
            } catch (IOException e) {
                throw new CliException(ExitCodes.UNEXPECTED, "Cannot write to standard output: " + e.getMessage());
            }
            return ExitCodes.OK;
        }
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        long bytes;
        try (OutputStream out = Files.newOutputStream(partial);
             Progress progress = noProgress || !environment().terminal().showsProgress() ? Progress.none()
                     : Progress.of("Exporting " + what, -1, err())) {
            bytes = source.receive(inventory, dataFormat, out, progress);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new CliException(ExitCodes.USAGE, "Cannot write " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new CliException(ExitCodes.USAGE, "Cannot write " + file + ": " + e.getMessage());
        }
        err().printf("Exported %s to %s (%d bytes, %s).%n", what, file, bytes, dataFormat.name().toLowerCase(java.util.Locale.ROOT));
        return ExitCodes.OK;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // nothing more to do: the message says the export failed
        }
    }
}
