package io.ordo.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredOrderTest {

    private static final UUID ID = UUID.fromString("3f2a1c9e-0000-4000-8000-000000000001");
    private static final Instant CREATED = Instant.parse("2026-12-03T18:19:42.387123Z");
    private static final Instant PAID = Instant.parse("2026-12-03T18:19:43.000001Z");

    /** A row as PostgreSQL answers {@link StoredOrder#SELECT_BY_ID}, lines and history as JSON text. */
    private static Object[] row(String status, String carrier, String lines, String history) {
        return new Object[] {"demo-storefront", status, "CAPTURED", null, UUID.randomUUID(), "sealed", "EUR ",
                new BigDecimal("189.70"), null, carrier, carrier == null ? null : "1Z999", Timestamp.from(CREATED),
                Timestamp.from(PAID), 3L, lines, history};
    }

    @Test
    void lines_history_and_totals_read_from_one_row_make_the_view_readers_see() {
        StoredOrder stored = new StoredOrder(row("PAID", null,
                "[[\"KB-001\", \"Keyboard\", 2, 89.90], [\"MS-002\", \"Mouse\", 1, 9.9]]",
                "[[null, \"CREATED\", \"storefront:demo\", null, " + micros(CREATED) + ", \"c-1\"],"
                        + " [\"RESERVED\", \"PAID\", \"payments\", \"captured\", " + micros(PAID) + ", \"c-1\"]]"));

        OrderView view = stored.view(ID, Optional.of(new PlaceOrder.CustomerDetails("Ada", "ada@example.org", null, null)));

        assertThat(stored.owner()).isEqualTo("demo-storefront");
        assertThat(view.currency()).isEqualTo("EUR");
        assertThat(view.lines()).extracting(OrderView.Line::sku).containsExactly("KB-001", "MS-002");
        assertThat(view.lines().get(0).lineTotal().amount()).isEqualTo("179.80");
        assertThat(view.lines().get(1).unitPrice().amount()).isEqualTo("9.90");
        assertThat(view.total().amount()).isEqualTo("189.70");
        assertThat(view.history()).extracting(OrderView.Transition::to).containsExactly("CREATED", "PAID");
        assertThat(view.history().get(0).from()).isNull();
        assertThat(view.history().get(0).reason()).isNull();
        assertThat(view.history().get(0).at()).isEqualTo(CREATED);
        assertThat(view.history().get(1).at()).isEqualTo(PAID);
        assertThat(view.createdAt()).isEqualTo(CREATED);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.actions()).containsExactlyInAnyOrder("cancel", "ship");
        assertThat(view.customer().name()).isEqualTo("Ada");
        assertThat(view.shipment()).isNull();
    }

    @Test
    void a_shipped_order_shows_its_carrier_and_an_erased_customer_shows_as_erased() {
        OrderView view = new StoredOrder(row("SHIPPED", "UPS", "[[\"KB-001\", \"Keyboard\", 1, 89.90]]", null))
                .view(ID, Optional.empty());

        assertThat(view.shipment()).isEqualTo(new OrderView.Shipment("UPS", "1Z999"));
        assertThat(view.history()).isEmpty();
        assertThat(view.actions()).isEmpty();
        assertThat(view.customer().erased()).isTrue();
        assertThat(view.customer().email()).isNull();
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
