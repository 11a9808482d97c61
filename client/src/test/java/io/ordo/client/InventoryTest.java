package io.ordo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ordo.client.model.CatalogueProduct;
import io.ordo.client.model.ImportReport;
import io.ordo.client.model.LedgerEntry;
import io.ordo.client.model.Money;
import io.ordo.client.model.ProductDraft;
import io.ordo.client.model.ReconciliationReport;
import io.ordo.client.model.StockAdjustment;
import io.ordo.client.model.ProductStock;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stock and catalogue administration: levels, adjustments, ledger, reconciliation, products, imports, exports. */
class InventoryTest {

    private static final String LEVELS = "/api/v1/inventory/levels";

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
    private final InventoryApi inventory = client.inventory();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void stock_levels_are_listed_with_the_low_stock_filter_and_unknown_fields_ignored() {
        server.respond("GET", LEVELS, StubResponse.fixture("stock-levels-page.json"));

        Page<ProductStock> page = inventory.stockLevels(StockLevelQuery.firstPage().lowOnly(true).withLimit(2));

        assertThat(server.requests(LEVELS).get(0).query()).containsEntry("lowOnly", "true").containsEntry("limit", "2");
        assertThat(page.items()).extracting(ProductStock::sku).containsExactly("KB-001", "LS-020");
        assertThat(page.items().get(1).lowStock()).isTrue();
        assertThat(page.nextCursor()).isEqualTo("LS-020");
    }

    @Test
    void an_adjustment_of_a_level_as_read_sends_its_version_as_if_match() {
        server.respond("GET", LEVELS + "/KB-001", StubResponse.fixture("stock-level.json"));
        server.respond("POST", LEVELS + "/KB-001/adjustments", StubResponse.fixture("stock-adjusted.json"));

        ProductStock level = inventory.stockLevel("KB-001");
        StockAdjustment adjusted = inventory.adjustStock(level, -2, "stock-take", "two broken");

        var sent = server.requests(LEVELS + "/KB-001/adjustments").get(0);
        assertThat(sent.header("If-Match")).hasValue("\"7\"");
        assertThat(sent.body()).contains("\"change\":-2").contains("\"reason\":\"stock-take\"").contains("\"note\":\"two broken\"");
        assertThat(adjusted.level().onHand()).isEqualTo(98);
        assertThat(adjusted.movementId()).isEqualTo(812);
    }

    @Test
    void an_adjustment_without_a_version_and_without_a_note_sends_neither() {
        server.respond("POST", LEVELS + "/KB-001/adjustments", StubResponse.fixture("stock-adjusted.json"));

        inventory.adjustStock("KB-001", 5, "delivery", null);

        var sent = server.requests(LEVELS + "/KB-001/adjustments").get(0);
        assertThat(sent.header("If-Match")).isEmpty();
        assertThat(sent.body()).doesNotContain("note");
    }

    @Test
    void an_adjustment_below_reserved_is_a_conflict_with_the_servers_reason() {
        server.respond("POST", LEVELS + "/KB-001/adjustments", StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"Adjusting KB-001 by -99 is refused: it would leave 1 of KB-001 on hand while 4 are reserved for orders"}
                """));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> inventory.adjustStock("KB-001", -99, "x", null));

        assertThat(refused.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(refused.getMessage()).contains("4 are reserved");
    }

    @Test
    void the_ledger_reads_movements_with_orders_and_people() {
        server.respond("GET", LEVELS + "/KB-001/ledger", StubResponse.fixture("stock-ledger-page.json"));

        List<LedgerEntry> entries = inventory.allLedger("KB-001", 100).toList();

        assertThat(entries).extracting(LedgerEntry::movement).containsExactly("ADJUSTED", "RESERVED");
        assertThat(entries.get(0).actor()).isEqualTo("alice");
        assertThat(entries.get(1).orderId()).isNotNull();
    }

    @Test
    void reconcile_asks_for_repair_only_when_told() {
        server.respond("POST", "/api/v1/admin/inventory/reconcile", StubResponse.fixture("reconciliation.json"));

        ReconciliationReport report = inventory.reconcileStock(false);
        inventory.reconcileStock(true);

        assertThat(report.drift()).singleElement().satisfies(drift -> assertThat(drift.ledgerOnHand()).isEqualTo(100));
        var requests = server.requests("/api/v1/admin/inventory/reconcile");
        assertThat(requests.get(0).query()).doesNotContainKey("repair");
        assertThat(requests.get(1).query()).containsEntry("repair", "true");
    }

    @Test
    void a_product_is_sent_with_its_price_as_an_amount_string_and_its_currency() {
        server.respond("POST", "/api/v1/admin/products", StubResponse.json(201, read("catalogue-product.json")));

        CatalogueProduct created = inventory.createProduct(new ProductDraft("FAN-1", "Desk fan", "Quiet",
                Money.of("19.90", "EUR"), null, null));

        String body = server.requests("/api/v1/admin/products").get(0).body();
        assertThat(body).contains("\"price\":{\"amount\":\"19.90\",\"currency\":\"EUR\"}").doesNotContain("active");
        assertThat(created.money()).isEqualTo(Money.of("19.90", "EUR"));
    }

    @Test
    void a_dry_run_import_streams_the_file_and_returns_the_bad_rows_by_line() throws Exception {
        server.respond("POST", "/api/v1/admin/products/import", StubResponse.fixture("import-dry-run.json"));
        Path file = Files.writeString(folder.resolve("products.csv"), "sku,name,price,currency\nA,a,1,EUR\nB,b,abc,EUR\nC,c,2,EUR\n");
        List<Long> progress = new ArrayList<>();

        ImportReport report = inventory.importProducts(file, DataFormat.CSV, true, progress::add);

        var sent = server.requests("/api/v1/admin/products/import").get(0);
        assertThat(sent.query()).containsEntry("dryRun", "true");
        assertThat(sent.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(sent.body()).isEqualTo(Files.readString(file));
        assertThat(progress).last().isEqualTo(Files.size(file));
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("price");
        });
    }

    @Test
    void an_import_with_bad_rows_is_rejected_with_the_same_report() throws Exception {
        server.respond("POST", "/api/v1/admin/inventory/import", StubResponse.problem(422, read("import-rejected.json")));
        Path file = Files.writeString(folder.resolve("stock.json"), "[]");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> inventory.importStock(file, DataFormat.JSON, false, bytes -> { }));

        assertThat(rejected.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(rejected.report().invalid()).isEqualTo(1);
        assertThat(rejected.report().errors().get(0).line()).isEqualTo(3);
        assertThat(rejected.fieldErrors()).extracting(FieldError::field).containsExactly("line 3: price");
    }

    @Test
    void an_export_is_copied_to_the_output_as_it_arrives() {
        String csv = "sku,name\r\nKB-001,Keyboard\r\n";
        server.respond("GET", "/api/v1/admin/orders/export", new StubResponse(200, java.util.Map.of("Content-Type", "text/csv"), csv));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = inventory.exportOrders(DataFormat.CSV, out, bytes -> { });

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(written).isEqualTo(csv.length());
        assertThat(server.requests("/api/v1/admin/orders/export").get(0).query()).containsEntry("format", "csv");
    }

    @Test
    void a_refused_export_is_an_api_error_not_a_file() {
        server.respond("GET", "/api/v1/admin/products/export", StubResponse.problem(403, """
                {"type":"https://ordo.dev/problems/forbidden","title":"Not allowed","status":403,"detail":"admins only"}
                """));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> inventory.exportProducts(DataFormat.JSON, out, bytes -> { }));

        assertThat(refused.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(out.size()).isZero();
    }

    private static String read(String fixture) {
        return io.ordo.client.testing.Fixtures.read(fixture);
    }
}
