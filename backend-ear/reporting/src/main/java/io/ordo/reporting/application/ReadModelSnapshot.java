package io.ordo.reporting.application;

import io.ordo.reporting.domain.Generation;
import java.util.List;

/** One consistent, read-only look at the read models: every query sees the same moment. */
public interface ReadModelSnapshot {

    /** The generation of read models that reports are served from, as of this snapshot. */
    Generation live();

    /** The rows of a query over the reporting schema, with {@code parameters} bound to ?1, ?2, … (null allowed). */
    List<Object[]> rows(String sql, Object... parameters);
}
