package io.ordo.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How much of a keyset-paged list to read: one page of a size, from a cursor, or all of it. */
public final class PagingOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    public static final int DEFAULT_LIMIT = 50;

    private int limit = DEFAULT_LIMIT;

    @Option(names = "--cursor", paramLabel = "CURSOR",
            description = "Start at this page, as printed after the previous one.")
    String cursor;

    @Option(names = "--all", description = "Read every page from the cursor on, not just one.")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", description = "Items per page (default: 50; the server caps it).")
    void setLimit(int limit) {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    public String cursor() {
        return cursor;
    }

    public boolean all() {
        return all;
    }
}
