package io.ordo.reporting.application;

import java.util.function.Function;

/**
 * The read models as reports see them: through the reporting datasource, which may be a read
 * replica of the database the projections write to.
 */
public interface ReadModels {

    /** Runs {@code report} on one consistent, read-only snapshot of the read models. */
    <T> T read(Function<ReadModelSnapshot, T> report);
}
