package io.ordo.cli.transfer;

import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.DataFormat;
import java.nio.file.Path;

/** Which format a file is in: {@code --format}, else its extension, else CSV. */
public final class FormatOption {

    private FormatOption() {
    }

    public static DataFormat of(DataFormat asked, Path file) {
        if (asked != null) {
            return asked;
        }
        if (file == null) {
            return DataFormat.CSV;
        }
        return DataFormat.ofFileName(file.getFileName().toString()).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Cannot tell the format of " + file + " from its name: add --format csv or --format json."));
    }
}
