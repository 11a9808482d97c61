package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Customers' personal data is encrypted at rest under a key of their own, found by keyed hashes,
 * and erased by destroying that key while their orders stay.
 */
class PersonalDataIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();
    private final String admin = Http.adminToken();

    private String place(String name, String email, String phone, String address) {
        Map<String, Object> body = Map.of(
                "customer", Map.of("name", name, "email", email, "phone", phone, "address", address),
                "currency", "EUR", "paymentMethod", "tok_visa",
                "lines", List.of(Map.of("sku", "NB-018", "quantity", 1)));
        return Orders.place(storefront, body).json().get("id").asText();
    }

    private JsonNode listAsAdmin(String query) {
        Http.Reply reply = Http.send(Http.api("orders?" + query, admin).GET());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private Http.Reply erase(String token, Object body) {
        return Http.send(erasing(token, body));
    }

    private Http.Reply eraseMalformed(String token, Object body) {
        return Http.sendMalformed(erasing(token, body));
    }

    private static HttpRequest.Builder erasing(String token, Object body) {
        return Http.api("admin/customers/erasures", token).header("Content-Type", "application/json").POST(Http.json(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The order's row as the database holds it, every column as text. */
    private static String storedRow(String orderId) throws SQLException {
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement query = db.prepareStatement("select row_to_json(o)::text from ordering.orders o where id = ?::uuid")) {
            query.setString(1, orderId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void personal_data_is_encrypted_at_rest_and_read_back_in_clear_by_the_api() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "ada-" + tag + "@example.org";
        String id = place("Ada Lovelace " + tag, email, "+44 20 7946 0" + tag.substring(0, 3), "12 Analytical Row " + tag);

        JsonNode customer = Orders.read(storefront, id).get("customer");
        String stored = storedRow(id);

        assertThat(customer.get("name").asText()).isEqualTo("Ada Lovelace " + tag);
        assertThat(customer.get("email").asText()).isEqualTo(email);
        assertThat(customer.get("address").asText()).isEqualTo("12 Analytical Row " + tag);
        assertThat(customer.get("erased").asBoolean()).isFalse();
        assertThat(stored).as("no personal data in clear in the order's row")
                .doesNotContain(tag).doesNotContainIgnoringCase("lovelace").doesNotContain("Analytical");
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement keys = db.prepareStatement("select row_to_json(k)::text from platform.data_keys k")) {
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString(1)).doesNotContain(email).doesNotContain(tag);
                }
            }
        }
    }

    @Test
    void orders_are_found_by_exact_email_and_by_whole_words_of_the_name_without_clear_text() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String grace = place("Grace Brewster Hopper " + tag, "grace-" + tag + "@example.org", "1", "Arlington");

        assertThat(listAsAdmin("customer=" + encode("  GRACE-" + tag + "@Example.org ")).get("items")
                .findValuesAsText("id")).containsExactly(grace);
        assertThat(listAsAdmin("q=" + encode("hopper " + tag)).get("items").findValuesAsText("id")).containsExactly(grace);
        assertThat(listAsAdmin("q=" + encode(tag)).get("items").findValuesAsText("customerName"))
                .containsExactly("Grace Brewster Hopper " + tag);
        assertThat(listAsAdmin("q=" + encode("hopp " + tag)).get("items")).as("words match whole").isEmpty();
        assertThat(listAsAdmin("q=" + encode("%")).get("items")).as("no words, no match").isEmpty();
    }

    @Test
    void erasing_a_customer_destroys_their_key_keeps_their_orders_and_is_audited() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "erase-me-" + tag + "@example.org";
        String first = place("Erin Erasable " + tag, email, "555", "1 Forget Lane");
        String second = place("Erin Erasable " + tag, email.toUpperCase(), "555", "1 Forget Lane");
        String bystander = place("Bea Bystander " + tag, "bea-" + tag + "@example.org", "556", "2 Stay Street");
        Orders.awaitStatus(storefront, first, "PAID");

        Http.Reply erased = erase(admin, Map.of("email", email));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("dataKeysDestroyed").asInt()).isEqualTo(1);
        assertThat(erased.json().get("ordersAffected").asInt()).isEqualTo(2);
        for (String id : List.of(first, second)) {
            JsonNode order = Orders.read(storefront, id);
            assertThat(order.get("customer").get("erased").asBoolean()).isTrue();
            assertThat(order.get("customer").path("name").isTextual()).isFalse();
            assertThat(order.get("customer").path("email").isTextual()).isFalse();
            assertThat(order.get("lines")).hasSize(1);
            assertThat(order.get("total").get("amount").asText()).isNotEmpty();
        }
        assertThat(Orders.read(storefront, first).get("status").asText()).as("the sale stays").isEqualTo("PAID");
        assertThat(Orders.read(storefront, bystander).get("customer").get("name").asText()).isEqualTo("Bea Bystander " + tag);
        assertThat(listAsAdmin("customer=" + encode(email)).get("items")).isEmpty();
        assertThat(listAsAdmin("q=" + encode("erasable " + tag)).get("items")).isEmpty();
        assertThat(erase(admin, Map.of("email", email)).json().get("dataKeysDestroyed").asInt())
                .as("erasing again finds nothing left").isZero();

        JsonNode audit = Http.send(Http.api("admin/audit?actor=" + Stack.adminUser() + "&limit=50", admin).GET()).json();
        JsonNode entry = null;
        for (JsonNode candidate : audit.get("items")) {
            if ("CustomerErasureResource.erase".equals(candidate.get("action").asText()) && entry == null) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the erasure is in the audit log").isNotNull();
        assertThat(entry.get("target").asText()).startsWith("customer ").doesNotContain("erase-me");
        assertThat(audit.toString()).doesNotContain(email);

        String again = place("Erin Returns " + tag, email, "557", "3 New Road");
        assertThat(Orders.read(storefront, again).get("customer").get("name").asText())
                .as("a returning customer gets a new key").isEqualTo("Erin Returns " + tag);
        assertThat(Orders.read(storefront, first).get("customer").get("erased").asBoolean()).isTrue();
    }

    @Test
    void after_a_master_key_rotation_data_keys_are_rewrapped_in_the_background_and_still_open() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "rotated-" + tag + "@example.org";
        UUID dataKeyId = UUID.randomUUID();
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement plant = db.prepareStatement(
                     "insert into platform.data_keys (id, subject, wrapped_key, master_key_id) values (?, ?, ?, ?)")) {
            plant.setObject(1, dataKeyId);
            plant.setString(2, MasterKeyRotation.subjectOf(email));
            plant.setBytes(3, MasterKeyRotation.newDataKeyWrappedByTheRetiredKey(dataKeyId));
            plant.setString(4, MasterKeyRotation.retiredId());
            plant.executeUpdate();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(masterKeyOf(dataKeyId)).isEqualTo(MasterKeyRotation.ACTIVE));
        assertThat(OperationsIT.gauge(OperationsIT.metrics(), "ordo_privacy_data_keys_awaiting_rewrap", ""))
                .as("the operator's sign that the retired key can go").isZero();
        String id = place("Rory Rotated " + tag, email, "1", "Key Street");

        assertThat(Orders.read(storefront, id).get("customer").get("name").asText()).isEqualTo("Rory Rotated " + tag);
        assertThat(storedRow(id)).as("sealed under the re-wrapped data key").contains(dataKeyId.toString());
    }

    private static String masterKeyOf(UUID dataKeyId) throws SQLException {
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement query = db.prepareStatement("select master_key_id from platform.data_keys where id = ?")) {
            query.setObject(1, dataKeyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void events_carry_no_personal_data() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = place("Evan Eventless " + tag, "evan-" + tag + "@example.org", "555-" + tag, "Quiet Road " + tag);
        Orders.awaitStatus(storefront, id, "PAID");

        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement query = db.prepareStatement("select envelope from platform.outbox where envelope like ?")) {
            query.setString(1, "%" + id + "%");
            try (ResultSet rows = query.executeQuery()) {
                int events = 0;
                while (rows.next()) {
                    events++;
                    assertThat(rows.getString(1)).doesNotContain(tag);
                }
                assertThat(events).as("every context's events about the order, up to PAID").isGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void only_admins_erase_and_a_bad_request_erases_nothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "kept-" + tag + "@example.org";
        String id = place("Kept Customer " + tag, email, "1", "Here");

        assertThat(erase(Http.staffToken(), Map.of("email", email)).status()).isEqualTo(403);
        assertThat(erase(storefront, Map.of("email", email)).status()).isEqualTo(403);
        Http.Reply notAnEmail = eraseMalformed(admin, Map.of("email", "kept-" + tag));
        Http.Reply missing = eraseMalformed(admin, Map.of());
        Http.Reply extra = eraseMalformed(admin, Map.of("email", email, "orders", "all"));

        assertThat(notAnEmail.status()).isEqualTo(400);
        assertThat(notAnEmail.json().get("errors").findValuesAsText("field")).containsExactly("email");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(extra.status()).isEqualTo(400);
        assertThat(Orders.read(storefront, id).get("customer").get("name").asText()).isEqualTo("Kept Customer " + tag);
    }
}
