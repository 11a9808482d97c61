package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * Where a dead letter stands: {@link #PARKED} waits for an admin, {@link #REPLAYED} and
 * {@link #DISCARDED} are resolved. An open set like {@link OrderStatus}.
 */
public record DeadLetterStatus(String name) {

    public static final DeadLetterStatus PARKED = new DeadLetterStatus("PARKED");
    public static final DeadLetterStatus REPLAYED = new DeadLetterStatus("REPLAYED");
    public static final DeadLetterStatus DISCARDED = new DeadLetterStatus("DISCARDED");

    private static final List<DeadLetterStatus> KNOWN = List.of(PARKED, REPLAYED, DISCARDED);

    public DeadLetterStatus {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a dead letter status needs a name");
        }
    }

    /** The status the server named, known to this client or not. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeadLetterStatus of(String name) {
        return new DeadLetterStatus(name);
    }

    /** The statuses this client knows, shaped like an enum's {@code values()} as {@link OrderStatus#values()} is. */
    public static DeadLetterStatus[] values() {
        return KNOWN.toArray(DeadLetterStatus[]::new);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
