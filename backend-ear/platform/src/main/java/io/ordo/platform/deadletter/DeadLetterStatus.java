package io.ordo.platform.deadletter;

/** Where a dead letter stands: waiting for an admin, or resolved one way or the other. */
public enum DeadLetterStatus {
    PARKED, REPLAYED, DISCARDED
}
