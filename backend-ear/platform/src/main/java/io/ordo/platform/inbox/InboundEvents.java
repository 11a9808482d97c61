package io.ordo.platform.inbox;

import io.ordo.platform.events.Correlation;
import io.ordo.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Applies a received event at most once per consumer: the inbox record and the handler's
 * effect commit together, and the handler runs under the event's correlation id. A message that
 * is not an event envelope fails, so the broker retries it and finally parks it as a dead letter.
 */
@ApplicationScoped
public class InboundEvents {

    @Inject
    Inbox inbox;

    @Transactional(rollbackOn = Exception.class)
    public void applyOnce(String consumer, String message, Consumer<EventEnvelope> handler) {
        EventEnvelope event = EventEnvelope.fromJson(message);
        Correlation.within(event.correlationId(), () -> {
            if (inbox.firstDelivery(consumer, event)) {
                handler.accept(event);
            }
            return null;
        });
    }
}
