package io.ordo.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where the generations of read models are kept, with how fresh each is. */
public interface Generations {

    Generation live();

    Optional<Generation> find(int number);

    /** @return the new BUILDING generation, or empty when another is building already */
    Optional<Generation> startBuilding(String requestedBy);

    Optional<Generation> building();

    /** Marks FAILED a BUILDING generation that made no progress for {@code idleFor} (its server died). */
    void failAbandoned(Duration idleFor);

    /** Records that events up to this history position (0 if unknown) were applied. */
    void advance(int number, long position, UUID eventId, Instant occurredAt, int events);

    /** Makes the BUILDING generation LIVE, replayed through this position, and retires the one it replaces. */
    void goLive(int number, long replayedThrough);

    void fail(int number, String failure);
}
