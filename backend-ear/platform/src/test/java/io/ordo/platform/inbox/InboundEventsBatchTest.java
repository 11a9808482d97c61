package io.ordo.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordo.platform.deadletter.DeliveryFailures;
import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.observability.Tracing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class InboundEventsBatchTest {

    private static final EventHandler HANDLER = EventHandler.byType(Map.of("OrderCreated", event -> { }, "OrderPaid", event -> { }));

    /** Records what was applied and how; fails every transaction that holds {@code poison}. */
    private static final class RecordingInbox extends Inbox {
        final List<List<String>> batchTransactions = new ArrayList<>();
        final List<String> singleTransactions = new ArrayList<>();
        String poison = "none";

        @Override
        public List<EventEnvelope> applyAllInOwnTransaction(String consumer, List<Arrival> arrivals, EventHandler handler) {
            List<String> types = arrivals.stream().map(arrival -> arrival.event().aggregateId()).toList();
            if (types.contains(poison)) {
                throw new IllegalStateException("constraint violated by " + poison);
            }
            batchTransactions.add(types);
            return arrivals.stream().map(Arrival::event).toList();
        }

        @Override
        public void applyInOwnTransaction(String consumer, String message, EventEnvelope event, EventHandler handler) {
            if (event.aggregateId().equals(poison)) {
                throw new IllegalStateException("constraint violated by " + poison);
            }
            singleTransactions.add(event.aggregateId());
        }
    }

    private static final class CountingFailures extends DeliveryFailures {
        final List<String> failed = new ArrayList<>();

        @Override
        public Verdict record(String consumer, String message, Throwable failure) {
            failed.add(message.startsWith("{\"") ? EventEnvelope.fromJson(message).aggregateId() : message);
            return Verdict.REDELIVER;
        }
    }

    /** A message as the broker hands it over, remembering how it was settled. */
    private static final class Delivery {
        final Message<String> message;
        String settled = "no";

        Delivery(String type, String orderId) {
            String json = new OutgoingEvent(type, "Order", orderId, 1, Map.of()).toEnvelope(Instant.now(), "correlation", null).toJson();
            message = Message.of(json, () -> {
                settled = "ack";
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                settled = "nack";
                return CompletableFuture.completedFuture(null);
            });
        }
    }

    private final RecordingInbox inbox = new RecordingInbox();
    private final CountingFailures failures = new CountingFailures();

    private InboundEvents inbound() {
        InboundEvents inbound = new InboundEvents();
        inbound.inbox = inbox;
        inbound.failures = failures;
        inbound.tracing = new Tracing();
        inbound.delays = new ConsumerDelays() {
            @Override
            void applied(String consumer, EventEnvelope event) {
            }
        };
        return inbound;
    }

    private void apply(List<Delivery> deliveries) {
        inbound().applyBatch("ordering", HANDLER, deliveries.stream().map(delivery -> delivery.message).toList());
    }

    @Test
    void events_that_arrive_together_are_applied_in_one_transaction_in_their_order_and_all_acknowledged() {
        List<Delivery> deliveries = List.of(new Delivery("OrderCreated", "a"), new Delivery("OrderPaid", "b"),
                new Delivery("OrderCreated", "c"));

        apply(deliveries);

        assertThat(inbox.batchTransactions).containsExactly(List.of("a", "b", "c"));
        assertThat(inbox.singleTransactions).isEmpty();
        assertThat(deliveries).allMatch(delivery -> delivery.settled.equals("ack"));
    }

    @Test
    void events_of_types_the_consumer_leaves_alone_are_acknowledged_without_a_transaction() {
        List<Delivery> deliveries = List.of(new Delivery("StockLevelChanged", "a"), new Delivery("OrderPaid", "b"),
                new Delivery("StockLevelChanged", "c"), new Delivery("OrderPaid", "d"));

        apply(deliveries);

        assertThat(inbox.batchTransactions).containsExactly(List.of("b", "d"));
        assertThat(deliveries).allMatch(delivery -> delivery.settled.equals("ack"));
    }

    @Test
    void when_a_batch_fails_each_event_is_applied_alone_and_only_the_one_at_fault_is_counted_and_handed_back() {
        inbox.poison = "b";
        List<Delivery> deliveries = List.of(new Delivery("OrderCreated", "a"), new Delivery("OrderPaid", "b"),
                new Delivery("OrderCreated", "c"));

        apply(deliveries);

        assertThat(inbox.batchTransactions).isEmpty();
        assertThat(inbox.singleTransactions).containsExactly("a", "c");
        assertThat(failures.failed).containsExactly("b");
        assertThat(deliveries).extracting(delivery -> delivery.settled).containsExactly("ack", "nack", "ack");
    }

    @Test
    void a_message_that_is_not_an_event_sends_its_batch_the_way_of_one_at_a_time_where_it_is_counted() {
        Delivery good = new Delivery("OrderPaid", "a");
        String[] settled = {"no"};
        Message<String> garbage = Message.of("{not json", () -> CompletableFuture.completedFuture(null), failure -> {
            settled[0] = "nack";
            return CompletableFuture.completedFuture(null);
        });
        inbound().applyBatch("ordering", HANDLER, List.of(good.message, garbage));

        assertThat(inbox.singleTransactions).containsExactly("a");
        assertThat(good.settled).isEqualTo("ack");
        assertThat(settled[0]).isEqualTo("nack");
        assertThat(failures.failed).containsExactly("{not json");
    }
}
