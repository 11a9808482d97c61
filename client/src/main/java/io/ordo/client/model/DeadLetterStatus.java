package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a dead letter stands: {@link #PARKED} waits for an admin, {@link #REPLAYED} and
 * {@link #DISCARDED} are resolved. An open set like {@link OrderStatus}.
 */
public record DeadLetterStatus(@JsonValue String name) {

    public static final DeadLetterStatus PARKED = new DeadLetterStatus("PARKED");
    public static final DeadLetterStatus REPLAYED = new DeadLetterStatus("REPLAYED");
    public static final DeadLetterStatus DISCARDED = new DeadLetterStatus("DISCARDED");

    private static final KnownStatuses<DeadLetterStatus> KNOWN = new KnownStatuses<>(DeadLetterStatus[]::new,
            PARKED, REPLAYED, DISCARDED);

    public DeadLetterStatus {
        KnownStatuses.requireName(name, "a dead letter status");
    }

    /** The status the server named, known to this client or not. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeadLetterStatus of(String name) {
        return new DeadLetterStatus(name);
    }

    /** The statuses this client knows, shaped like an enum's {@code values()} as {@link OrderStatus#values()} is. */
    public static DeadLetterStatus[] values() {
        return KNOWN.values();
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
