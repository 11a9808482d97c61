package io.ordo.client.model;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The statuses of one kind this client knows, for the open status sets ({@link OrderStatus},
 * {@link PaymentStatus}, {@link DeadLetterStatus}): each is a record that reads any name the
 * server sends, and asks this which of them it knows.
 */
final class KnownStatuses<S> {

    private final List<S> known;
    private final IntFunction<S[]> newArray;

    @SafeVarargs
    KnownStatuses(IntFunction<S[]> newArray, S... known) {
        this.known = List.of(known);
        this.newArray = newArray;
    }

    /** Refuses a missing or blank status name, saying which kind of status wanted one. */
    static void requireName(String name, String kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a name");
        }
    }

    /** The known statuses in the order given, as a new array each time, as an enum's {@code values()}. */
    S[] values() {
        return known.toArray(newArray);
    }

    boolean contains(S status) {
        return known.contains(status);
    }
}
