package io.ordo.client;

import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.OrderSummary;
import io.ordo.client.model.Product;
import io.ordo.client.testing.RecordedRequest;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    private void serveThreeProductPages() {
        server.respond("GET", "/api/v1/products", request -> {
            String cursor = request.query().get("cursor");
            if (cursor == null) {
                return StubResponse.fixture("products-page-1.json");
            }
            return StubResponse.fixture(cursor.equals("cursor-2") ? "products-page-2.json" : "products-page-3.json");
        });
    }

    @Test
    void all_products_follow_the_cursor_across_three_pages_in_order() {
        serveThreeProductPages();

        List<String> skus = client.allProducts(ProductQuery.firstPage()).map(Product::sku).toList();

        assertThat(skus).containsExactly("ORD-KB-001", "ORD-MS-002", "ORD-MN-003", "ORD-CB-004", "ORD-OLD-005");
        assertThat(server.requests("/api/v1/products")).map(request -> request.query().get("cursor"))
                .containsExactly(null, "cursor-2", "cursor-3");
    }

    @Test
    void a_caller_that_stops_early_does_not_load_the_remaining_pages() {
        serveThreeProductPages();

        List<Product> firstThree = client.allProducts(ProductQuery.firstPage()).limit(3).toList();

        assertThat(firstThree).hasSize(3);
        assertThat(server.requests("/api/v1/products")).hasSize(2);
    }

    @Test
    void all_orders_keep_the_filter_and_page_size_on_every_page() {
        server.respond("GET", "/api/v1/orders", request -> StubResponse.fixture(
                request.query().containsKey("cursor") ? "orders-page-2.json" : "orders-page.json"));

        List<OrderSummary> orders = client.allOrders(OrderQuery.all().withStatus(OrderStatus.PAID).withLimit(2)).toList();

        assertThat(orders).hasSize(3);
        assertThat(server.requests("/api/v1/orders")).map(RecordedRequest::query)
                .allSatisfy(query -> assertThat(query).containsEntry("status", "PAID").containsEntry("limit", "2"));
    }

    @Test
    void an_empty_page_with_a_cursor_is_skipped_rather_than_ending_the_list() {
        server.respond("GET", "/api/v1/products", request -> request.query().containsKey("cursor")
                ? StubResponse.fixture("products-page-3.json")
                : StubResponse.json(200, "{\"items\":[],\"nextCursor\":\"cursor-3\"}"));

        assertThat(client.allProducts(ProductQuery.firstPage()).map(Product::sku)).containsExactly("ORD-OLD-005");
    }
}
