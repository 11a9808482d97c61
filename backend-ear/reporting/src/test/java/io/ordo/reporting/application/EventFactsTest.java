package io.ordo.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.reporting.domain.Fact;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFactsTest {

    private static final String ORDER = "3f2a1c9e-0000-4000-8000-000000000001";
    private static final Instant AT = Instant.parse("2026-12-07T10:15:30Z");

    private static EventEnvelope event(String type, String aggregateId, long version, Map<String, Object> payload) {
        return EventEnvelope.fromJson(new OutgoingEvent(type, "Reservation", aggregateId, version, payload)
                .toEnvelope(AT, "correlation", null).toJson());
    }

    @Test
    void a_reservation_tells_the_level_each_line_left_its_product_at_versioned_by_the_movement() {
        EventEnvelope reserved = event("StockReserved", ORDER, 2, Map.of("orderId", ORDER, "expiresAt", "2026-12-07T10:30:30Z",
                "levels", List.of(Map.of("sku", "KB-001", "onHand", 100, "reserved", 2, "position", 41),
                        Map.of("sku", "MS-002", "onHand", 50, "reserved", 1, "position", 42))));

        assertThat(EventFacts.of(reserved)).containsExactly(
                new Fact.StockCounted("KB-001", 100, 2, 41, AT),
                new Fact.StockCounted("MS-002", 50, 1, 42, AT));
    }

    @Test
    void a_release_tells_the_levels_too() {
        EventEnvelope released = event("StockReleased", ORDER, 4, Map.of("orderId", ORDER,
                "levels", List.of(Map.of("sku", "KB-001", "onHand", 100, "reserved", 0, "position", 57))));

        assertThat(EventFacts.of(released)).containsExactly(new Fact.StockCounted("KB-001", 100, 0, 57, AT));
    }

    @Test
    void a_reservation_written_before_reservations_carried_levels_tells_nothing_its_levels_came_on_their_own() {
        EventEnvelope older = event("StockReserved", ORDER, 2, Map.of("orderId", ORDER, "expiresAt", "2026-12-07T10:30:30Z"));
        EventEnvelope level = event("StockLevelChanged", "KB-001", 41, Map.of("sku", "KB-001", "onHand", 100, "reserved", 2));

        assertThat(EventFacts.of(older)).isEmpty();
        assertThat(EventFacts.of(level)).containsExactly(new Fact.StockCounted("KB-001", 100, 2, 41, AT));
    }
}
