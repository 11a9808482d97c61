package io.ordo.reporting.domain;

import static io.ordo.reporting.domain.Facts.MONDAY;
import static io.ordo.reporting.domain.Facts.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The same events give the same read models whether they arrive live, one at a time and some
 * twice (at-least-once delivery), or are replayed from the history in batches (a rebuild).
 */
class ReplayEqualsLiveTest {

    private static final int GENERATION = 1;

    @Test
    void replaying_the_history_in_batches_gives_the_read_models_that_live_events_delivered_twice_gave() {
        List<Fact> history = history();
        InMemoryProjectionStore live = new InMemoryProjectionStore();
        InMemoryProjectionStore rebuilt = new InMemoryProjectionStore();

        for (Fact fact : history) {
            project(live, List.of(fact));
            project(live, List.of(fact));
        }
        for (int from = 0; from < history.size(); from += 4) {
            project(rebuilt, history.subList(from, Math.min(from + 4, history.size())));
        }

        assertThat(rebuilt.contents()).isEqualTo(live.contents());
        assertThat(live.contents().ordersByStatus()).containsEntry(OrderStatus.SHIPPED, 1L)
                .containsEntry(OrderStatus.CANCELLED, 1L).containsEntry(OrderStatus.PAID, 1L);
    }

    private static void project(InMemoryProjectionStore store, List<Fact> facts) {
        Projection projection = new Projection(
                store.lockOrders(GENERATION, facts.stream().filter(Fact.AboutOrder.class::isInstance)
                        .map(fact -> ((Fact.AboutOrder) fact).orderId()).toList()),
                store.lockStock(GENERATION, facts.stream().filter(Fact.StockCounted.class::isInstance)
                        .map(fact -> ((Fact.StockCounted) fact).sku()).toList()));
        facts.forEach(projection::apply);
        store.save(GENERATION, projection);
    }

    /** Shipped, cancelled and refunded, declined then retried and paid; stock moving meanwhile. */
    private static List<Fact> history() {
        UUID shipped = UUID.randomUUID();
        UUID refunded = UUID.randomUUID();
        UUID retried = UUID.randomUUID();
        List<Fact> history = new ArrayList<>();
        history.add(Facts.stock("KB-001", 100, 0, 0));
        history.addAll(Facts.paidOnMonday(shipped));
        history.add(Facts.stock("KB-001", 100, 2, 11));
        history.add(Facts.moved(shipped, 5, OrderStatus.SHIPPED, TUESDAY));
        history.add(Facts.stock("KB-001", 98, 0, 12));
        history.addAll(Facts.paidOnMonday(refunded));
        history.add(Facts.moved(refunded, 5, OrderStatus.CANCELLED, TUESDAY));
        history.add(Facts.payment(refunded, 1, PaymentOutcome.REFUNDED, "214.30", TUESDAY));
        history.add(Facts.created(retried, 1, MONDAY));
        history.add(Facts.moved(retried, 2, OrderStatus.VALIDATED, MONDAY));
        history.add(Facts.moved(retried, 3, OrderStatus.RESERVED, MONDAY));
        history.add(Facts.payment(retried, 1, PaymentOutcome.DECLINED, null, MONDAY));
        history.add(Facts.moved(retried, 4, OrderStatus.FAILED, MONDAY));
        history.add(Facts.created(retried, 5, TUESDAY));
        history.add(Facts.moved(retried, 6, OrderStatus.VALIDATED, TUESDAY));
        history.add(Facts.moved(retried, 7, OrderStatus.RESERVED, TUESDAY));
        history.add(Facts.payment(retried, 2, PaymentOutcome.CAPTURED, "214.30", TUESDAY));
        history.add(Facts.moved(retried, 8, OrderStatus.PAID, TUESDAY));
        return history;
    }
}
