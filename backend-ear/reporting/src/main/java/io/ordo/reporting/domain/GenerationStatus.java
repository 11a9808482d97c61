package io.ordo.reporting.domain;

/** Where a generation of read models stands: being rebuilt, answering reports, or no longer used. */
public enum GenerationStatus {
    BUILDING, LIVE, RETIRED, FAILED
}
