package io.ordo.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.platform.deadletter.DeliveryFailures;
import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.observability.Tracing;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundEventsOutageTest {

    private static final EventHandler HANDLER = EventHandler.byType(Map.of("OrderCreated", event -> { }));
    private static final String CREATED = event("OrderCreated", 1);

    /** An inbox that fails the first {@code failures} attempts with the given failure. */
    private static final class FailingInbox extends Inbox {
        private final RuntimeException failure;
        private int failuresLeft;
        int attempts;

        FailingInbox(RuntimeException failure, int failures) {
            this.failure = failure;
            this.failuresLeft = failures;
        }

        @Override
        public void applyInOwnTransaction(String consumer, String message, EventEnvelope event, EventHandler handler) {
            attempts++;
            if (failuresLeft-- > 0) {
                throw failure;
            }
        }
    }

    private static final class CountingFailures extends DeliveryFailures {
        final List<Throwable> recorded = new ArrayList<>();

        @Override
        public Verdict record(String consumer, String message, Throwable failure) {
            recorded.add(failure);
            return Verdict.REDELIVER;
        }
    }

    private static InboundEvents inbound(Inbox inbox, DeliveryFailures failures, long patienceMs) {
        InboundEvents inbound = new InboundEvents();
        inbound.inbox = inbox;
        inbound.failures = failures;
        inbound.outagePatienceMs = patienceMs;
        inbound.tracing = new Tracing();
        return inbound;
    }

    private static String event(String type, long version) {
        return new OutgoingEvent(type, "Order", "3f2a1c9e-0000-4000-8000-000000000001", version, Map.of())
                .toEnvelope(Instant.now(), "correlation", null).toJson();
    }

    @Test
    void a_message_that_is_not_an_event_is_counted_as_a_failure_and_handed_back() {
        FailingInbox inbox = new FailingInbox(databaseDown(), 0);
        CountingFailures failures = new CountingFailures();

        assertThatThrownBy(() -> inbound(inbox, failures, 10_000).applyOnce("ordering", "{}", HANDLER))
                .hasMessageContaining("not an Ordo event envelope");
        assertThat(failures.recorded).hasSize(1);
    }

    private static RuntimeException databaseDown() {
        return new PersistenceException(new SQLException("Connection to localhost:5432 refused", "08001"));
    }

    @Test
    void a_message_that_fails_while_the_database_is_down_is_held_and_applied_once_it_is_back_without_counting_a_failure() {
        FailingInbox inbox = new FailingInbox(databaseDown(), 3);
        CountingFailures failures = new CountingFailures();

        inbound(inbox, failures, 10_000).applyOnce("ordering", CREATED, HANDLER);

        assertThat(inbox.attempts).isEqualTo(4);
        assertThat(failures.recorded).as("failures counted towards parking").isEmpty();
    }

    @Test
    void once_the_patience_runs_out_the_failure_goes_back_to_the_broker_as_usual() {
        FailingInbox inbox = new FailingInbox(databaseDown(), Integer.MAX_VALUE);
        CountingFailures failures = new CountingFailures();

        assertThatThrownBy(() -> inbound(inbox, failures, 300).applyOnce("ordering", CREATED, HANDLER))
                .isInstanceOf(PersistenceException.class);
        assertThat(inbox.attempts).isGreaterThan(1);
        assertThat(failures.recorded).hasSize(1);
    }

    @Test
    void any_other_failure_is_counted_and_rethrown_at_once() {
        FailingInbox inbox = new FailingInbox(new IllegalStateException("a bug"), 1);
        CountingFailures failures = new CountingFailures();

        assertThatThrownBy(() -> inbound(inbox, failures, 10_000).applyOnce("ordering", CREATED, HANDLER))
                .hasMessage("a bug");
        assertThat(inbox.attempts).isEqualTo(1);
        assertThat(failures.recorded).hasSize(1);
    }

    @Test
    void an_event_of_a_type_the_consumer_does_not_act_on_is_acknowledged_without_touching_the_inbox() {
        FailingInbox inbox = new FailingInbox(databaseDown(), Integer.MAX_VALUE);
        CountingFailures failures = new CountingFailures();
        inbound(inbox, failures, 300).applyOnce("ordering", event("OrderPaid", 6), HANDLER);
        assertThat(inbox.attempts).as("attempts for an event not acted on").isZero();

        assertThatThrownBy(() -> inbound(inbox, failures, 300).applyOnce("ordering", CREATED, HANDLER))
                .isInstanceOf(PersistenceException.class);
        assertThat(inbox.attempts).as("attempts for an event acted on, while the database is down").isPositive();
        assertThat(failures.recorded).hasSize(1);
    }
}
