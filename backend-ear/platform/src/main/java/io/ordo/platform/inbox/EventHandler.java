package io.ordo.platform.inbox;

import io.ordo.platform.events.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a consumer does with the events it receives. Every context's queue carries every event;
 * a consumer that acts on a few types names them, and the others are acknowledged without a
 * transaction or an inbox record, since applying them would change nothing.
 */
public final class EventHandler {

    private final Optional<Set<String>> types;
    private final Consumer<EventEnvelope> apply;
    private final Optional<Consumer<List<EventEnvelope>>> applyAll;

    private EventHandler(Optional<Set<String>> types, Consumer<EventEnvelope> apply,
                         Optional<Consumer<List<EventEnvelope>>> applyAll) {
        this.types = types;
        this.apply = apply;
        this.applyAll = applyAll;
    }

    /** Acts on the event types given, each its own way; ignores the rest. */
    public static EventHandler byType(Map<String, Consumer<EventEnvelope>> handlers) {
        Map<String, Consumer<EventEnvelope>> copy = Map.copyOf(handlers);
        // Another type only comes by a replay of a dead letter parked before the types were named.
        return new EventHandler(Optional.of(copy.keySet()), event -> copy.getOrDefault(event.type(), ignored -> { }).accept(event),
                Optional.empty());
    }

    /** Applies every event (with its inbox record), whatever its type. */
    public static EventHandler everyEvent(Consumer<EventEnvelope> apply) {
        return new EventHandler(Optional.empty(), apply, Optional.empty());
    }

    /**
     * Applies every event, whatever its type, several at once when several arrive together (in the
     * order they came): for a consumer that folds many events into few rows, such as a projection.
     */
    public static EventHandler everyEventInBatches(Consumer<List<EventEnvelope>> applyAll) {
        return new EventHandler(Optional.empty(), event -> applyAll.accept(List.of(event)), Optional.of(applyAll));
    }

    /** True also for no type at all: such a message is not an event, and applying it fails as it should. */
    public boolean handles(String type) {
        return type == null || types.map(known -> known.contains(type)).orElse(true);
    }

    /** The types acted on, or empty when every type is. */
    public Optional<Set<String>> types() {
        return types;
    }

    void apply(EventEnvelope event) {
        apply.accept(event);
    }

    /** True if the handler applies a batch as a whole rather than event by event. */
    boolean foldsBatches() {
        return applyAll.isPresent();
    }

    void applyAll(List<EventEnvelope> events) {
        applyAll.orElseThrow().accept(events);
    }
}
