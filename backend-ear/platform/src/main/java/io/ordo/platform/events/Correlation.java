package io.ordo.platform.events;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The correlation id of the work the current thread is doing: set from the request header by
 * the REST layer and from the envelope by consumers, read by the outbox and the history.
 */
public final class Correlation {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {
    }

    /** The current id, or a fresh one for work that was not started by a request or an event. */
    public static String current() {
        String id = CURRENT.get();
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** The id of the request or event being handled, or null outside of one. */
    public static String currentIfAny() {
        return CURRENT.get();
    }

    public static void begin(String correlationId) {
        CURRENT.set(correlationId);
    }

    public static void end() {
        CURRENT.remove();
    }

    public static <T> T within(String correlationId, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(correlationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
