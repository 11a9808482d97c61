package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finding orders: filters and keyset pagination, as the console and storefronts use them. */
class OrderListIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();
    private final String staff = Http.staffToken();

    private String placeFor(String name, String email) {
        Map<String, Object> body = Map.of(
                "customer", Map.of("name", name, "email", email),
                "currency", "EUR", "paymentMethod", "tok_visa",
                "lines", List.of(Map.of("sku", "NB-018", "quantity", 1)));
        return Orders.place(storefront, body).json().get("id").asText();
    }

    private JsonNode list(String query) {
        Http.Reply reply = Http.send(Http.api("orders?" + query, staff).GET());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void paging_with_the_cursor_visits_every_order_once_newest_first() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Instant from = Instant.now().minusSeconds(1);
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(placeFor("Pager " + tag + " " + i, "pager-" + tag + "@example.org"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = list("limit=2&customer=" + encode("pager-" + tag + "@example.org")
                    + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        List<String> newestFirst = new ArrayList<>(placed);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(list("from=" + from + "&q=" + encode("Pager " + tag)).get("items")).hasSize(5);
    }

    @Test
    void filters_narrow_the_list_by_customer_text_status_and_time() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String grace = placeFor("Grace Hopper " + tag, "grace-" + tag + "@example.org");
        placeFor("Alan Turing " + tag, "alan-" + tag + "@example.org");
        Orders.awaitStatus(storefront, grace, "PAID");

        JsonNode byEmail = list("customer=" + encode("GRACE-" + tag + "@example.org"));
        JsonNode byText = list("q=" + encode("hopper " + tag));
        JsonNode byStatus = list("status=PAID&q=" + encode(tag) + "&customer=" + encode("grace-" + tag + "@example.org"));
        JsonNode inTheFuture = list("from=" + Instant.now().plusSeconds(3600) + "&q=" + encode(tag));
        JsonNode partialWord = list("q=" + encode(tag.substring(0, 4)));

        assertThat(byEmail.get("items").findValuesAsText("id")).containsExactly(grace);
        assertThat(byText.get("items").findValuesAsText("id")).containsExactly(grace);
        assertThat(byStatus.get("items").findValuesAsText("id")).containsExactly(grace);
        assertThat(inTheFuture.get("items")).isEmpty();
        assertThat(partialWord.get("items")).as("free text matches whole words").isEmpty();
    }

    @Test
    void an_id_prefix_finds_the_order_it_starts_and_a_malformed_one_is_refused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String order = placeFor("Prefix " + tag, "prefix-" + tag + "@example.org");

        JsonNode byEightCharacters = list("idPrefix=" + order.substring(0, 8).toUpperCase(java.util.Locale.ROOT));
        JsonNode pastTheDash = list("idPrefix=" + order.substring(0, 10) + "&q=" + encode(tag));
        JsonNode wholeId = list("idPrefix=" + order);
        Http.Reply malformed = Http.send(Http.api("orders?idPrefix=" + encode("f13c' or 1=1"), staff).GET());

        assertThat(byEightCharacters.get("items").findValuesAsText("id")).contains(order);
        assertThat(byEightCharacters.get("items").findValuesAsText("id"))
                .allMatch(id -> id.startsWith(order.substring(0, 8)));
        assertThat(pastTheDash.get("items").findValuesAsText("id")).containsExactly(order);
        assertThat(wholeId.get("items").findValuesAsText("id")).containsExactly(order);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("detail").asText()).contains("idPrefix", "position 5");
    }

    @Test
    void page_size_is_capped() {
        assertThat(Http.send(Http.api("orders?limit=200", staff).GET()).status()).isEqualTo(200);
        assertThat(Http.sendMalformed(Http.api("orders?limit=201", staff).GET()).status()).isEqualTo(400);
        assertThat(Http.sendMalformed(Http.api("orders?limit=0", staff).GET()).status()).isEqualTo(400);
    }
}
