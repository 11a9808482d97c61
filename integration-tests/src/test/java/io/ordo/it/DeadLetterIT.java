package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordo.devstack.PostgresService;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A consumer that keeps failing parks the message as a dead letter that an admin can see, replay
 * once the cause is fixed, or discard. The failure is a real one an operator can cause: the
 * application's database role loses its INSERT grant on the inventory's reservations, so the
 * inventory consumer fails on every OrderValidated.
 */
class DeadLetterIT extends PackagedServer {

    /** ordo.messaging.max-attempts, left at its default. */
    private static final int MAX_ATTEMPTS = 3;
    private static final String PERMISSION_ERROR = "permission denied for table reservations";

    private final String storefront = Http.storefrontToken();
    private final String admin = Http.adminToken();

    @Test
    void an_event_the_inventory_keeps_failing_on_is_parked_and_once_fixed_its_replay_completes_the_order_once()
            throws SQLException {
        int docksBefore = Orders.available(storefront, "DK-006");
        String orderId;
        JsonNode parked;
        revokeReservationInserts();
        try {
            orderId = placeOrder("DK-006");
            parked = awaitParked(orderId);
        } finally {
            grantReservationInserts();
        }

        assertThat(parked.get("status").asText()).isEqualTo("PARKED");
        assertThat(parked.get("eventType").asText()).isEqualTo("OrderValidated");
        assertThat(parked.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(parked.get("lastError").asText()).contains(PERMISSION_ERROR);
        awaitStaysValidated(orderId);
        assertThat(reservationsOf(orderId)).isZero();
        assertThat(Orders.available(storefront, "DK-006")).isEqualTo(docksBefore);
        long id = parked.get("id").asLong();
        JsonNode detail = deadLetter(id);
        assertThat(detail.get("message").asText()).contains(orderId).contains("\"OrderValidated\"");
        assertThat(detail.get("lastError").asText()).contains(PERMISSION_ERROR);

        Http.Reply replayed = act(id, "replay");

        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(replayed.json().get("status").asText()).isEqualTo("REPLAYED");
        assertThat(replayed.json().get("resolvedBy").asText()).isEqualTo(Stack.adminUser());
        assertThat(replayed.json().has("resolvedAt")).isTrue();
        Orders.awaitStatus(storefront, orderId, "PAID");
        assertThat(Orders.capturesAtGateway(orderId)).isEqualTo(1);
        assertThat(reservationsOf(orderId)).isEqualTo(1);
        assertThat(Orders.available(storefront, "DK-006")).isEqualTo(docksBefore - 1);

        Http.Reply again = act(id, "replay");

        assertProblem(again, 409, "conflict");
        assertThat(again.json().get("detail").asText()).contains("REPLAYED");
        assertThat(Orders.capturesAtGateway(orderId)).isEqualTo(1);
    }

    @Test
    void a_replay_that_fails_again_keeps_the_dead_letter_parked_and_a_discarded_one_is_kept_but_never_replayed()
            throws SQLException {
        String orderId;
        long id;
        revokeReservationInserts();
        try {
            orderId = placeOrder("MP-010");
            id = awaitParked(orderId).get("id").asLong();

            Http.Reply stillBroken = act(id, "replay");

            assertProblem(stillBroken, 409, "conflict");
            assertThat(stillBroken.json().get("detail").asText()).contains(PERMISSION_ERROR).contains("PARKED");
        } finally {
            grantReservationInserts();
        }
        JsonNode afterFailedReplay = deadLetter(id);
        assertThat(afterFailedReplay.get("status").asText()).isEqualTo("PARKED");
        assertThat(afterFailedReplay.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS + 1);
        assertThat(afterFailedReplay.get("lastError").asText()).contains(PERMISSION_ERROR);

        Http.Reply discarded = act(id, "discard");

        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        assertThat(discarded.json().get("status").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.json().get("resolvedBy").asText()).isEqualTo(Stack.adminUser());
        Http.Reply replay = act(id, "replay");
        assertProblem(replay, 409, "conflict");
        assertThat(replay.json().get("detail").asText()).contains("DISCARDED");
        assertProblem(act(id, "discard"), 409, "conflict");
        assertThat(idsOnPages("status=DISCARDED&consumer=inventory")).contains(id);
        assertThat(idsOnPages("status=PARKED")).doesNotContain(id);
        assertThat(idsOnPages("limit=1")).as("every dead letter, one page each, newest first")
                .contains(id).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        awaitStaysValidated(orderId);
        assertThat(reservationsOf(orderId)).isZero();
    }

    @Test
    void only_admins_may_see_or_touch_dead_letters() {
        for (String token : List.of(Http.staffToken(), storefront)) {
            assertProblem(Http.send(Http.api("admin/dead-letters", token).GET()), 403, "forbidden");
            assertProblem(Http.send(Http.api("admin/dead-letters/1", token).GET()), 403, "forbidden");
            assertProblem(post("admin/dead-letters/1/replay", token), 403, "forbidden");
            assertProblem(post("admin/dead-letters/1/discard", token), 403, "forbidden");
        }
        assertThat(Http.send(Http.api("admin/dead-letters").GET()).status()).isEqualTo(401);
    }

    @Test
    void an_unknown_dead_letter_is_404_whatever_is_asked_of_it() {
        assertProblem(Http.send(Http.api("admin/dead-letters/" + Long.MAX_VALUE, admin).GET()), 404, "not-found");
        assertProblem(act(Long.MAX_VALUE, "replay"), 404, "not-found");
        assertProblem(act(Long.MAX_VALUE, "discard"), 404, "not-found");
        assertProblem(Http.send(Http.api("admin/dead-letters/not-a-number", admin).GET()), 404, "not-found");
    }

    @Test
    void a_filter_the_list_does_not_know_is_400() {
        assertProblem(Http.sendMalformed(Http.api("admin/dead-letters?status=LOST", admin).GET()), 400, "validation");
        assertProblem(Http.send(Http.api("admin/dead-letters?cursor=bogus", admin).GET()), 400, "validation");
    }

    private String placeOrder(String sku) {
        Http.Reply placed = Orders.place(storefront, Orders.body("tok_visa", Map.of(sku, 1)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    /** The inventory's dead letter about this order, once it is parked. */
    private JsonNode awaitParked(String orderId) {
        return await("the inventory's OrderValidated of order " + orderId + " to be parked")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> parkedFor(orderId), letter -> letter != null);
    }

    private JsonNode parkedFor(String orderId) {
        Http.Reply list = Http.send(Http.api("admin/dead-letters?status=PARKED&consumer=inventory&limit=200", admin).GET());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode letter : list.json().get("items")) {
            if (orderId.equals(letter.path("aggregateId").asText())) {
                return letter;
            }
        }
        return null;
    }

    /** Nothing retries a parked message behind the admin's back, even once the cause is gone. */
    private void awaitStaysValidated(String orderId) {
        await("order " + orderId + " to stay VALIDATED")
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Orders.read(storefront, orderId).get("status").asText(), "VALIDATED"::equals);
    }

    private JsonNode deadLetter(long id) {
        Http.Reply reply = Http.send(Http.api("admin/dead-letters/" + id, admin).GET());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private Http.Reply act(long id, String action) {
        return post("admin/dead-letters/" + id + "/" + action, admin);
    }

    private static Http.Reply post(String path, String token) {
        return Http.send(Http.api(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Every id of the list, following nextCursor from page to page. */
    private List<Long> idsOnPages(String query) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            Http.Reply page = Http.send(Http.api("admin/dead-letters?" + query
                    + (cursor == null ? "" : "&cursor=" + cursor), admin).GET());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(letter -> ids.add(letter.get("id").asLong()));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return ids;
    }

    private static void assertProblem(Http.Reply reply, int status, String typeSlug) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/" + typeSlug);
    }

    private static void revokeReservationInserts() throws SQLException {
        asSuperuser("revoke insert on inventory.reservations from " + PostgresService.USER);
    }

    private static void grantReservationInserts() throws SQLException {
        asSuperuser("grant insert on inventory.reservations to " + PostgresService.USER);
    }

    private static void asSuperuser(String sql) throws SQLException {
        try (Connection connection = Stack.databaseAsSuperuser().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int reservationsOf(String orderId) throws SQLException {
        try (Connection connection = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from inventory.reservations where order_id = ?")) {
            query.setObject(1, UUID.fromString(orderId));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
