package io.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ordo stock ...}, {@code ordo products import|export} and {@code ordo orders export}
 * against a stub server: what they send, print and exit with.
 */
class StockCommandsTest {

    private static final String LEVELS = "/api/v1/inventory/levels";

    private final StubServer server = StubServer.start();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli cli() {
        return Cli.in(home).withVariable("ORDO_SERVER", server.baseUri().toString());
    }

    @Test
    void show_with_a_sku_prints_the_level_and_without_lists_low_stock_on_request() {
        server.respond("GET", LEVELS + "/KB-001", StubResponse.fixture("stock-level.json"));
        server.respond("GET", LEVELS, StubResponse.fixture("stock-levels-page.json"));

        Cli.Result one = cli().run("stock", "show", "KB-001");
        Cli.Result low = cli().run("stock", "show", "--low", "--limit", "2");

        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("KB-001  Mechanical keyboard", "On hand:    100", "Reserved:   4", "Available:  96");
        assertThat(server.requests(LEVELS).get(0).query()).containsEntry("lowOnly", "true").containsEntry("limit", "2");
        assertThat(low.out()).contains("LS-020", "yes").contains("More: ordo stock show --low --limit 2 --cursor LS-020");
    }

    @Test
    void adjust_sends_the_signed_change_with_its_reason_and_prints_the_level_after() {
        server.respond("POST", LEVELS + "/KB-001/adjustments", StubResponse.fixture("stock-adjusted.json"));

        Cli.Result result = cli().run("stock", "adjust", "KB-001", "--by", "-2", "--reason", "stock-take", "--note", "two broken");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Adjusted KB-001 by -2: 98 on hand, 4 reserved, 94 available.\n");
        assertThat(server.requests(LEVELS + "/KB-001/adjustments").get(0).body())
                .contains("\"change\":-2", "\"reason\":\"stock-take\"", "\"note\":\"two broken\"");
    }

    @Test
    void adjust_without_a_reason_or_by_nothing_is_a_usage_error_and_sends_nothing() {
        Cli.Result noReason = cli().run("stock", "adjust", "KB-001", "--by", "-2");
        Cli.Result zero = cli().run("stock", "adjust", "KB-001", "--by", "0", "--reason", "x");

        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--by must not be 0");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void adjust_below_what_is_reserved_exits_5_with_the_servers_reason() {
        server.respond("POST", LEVELS + "/KB-001/adjustments", StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"Adjusting KB-001 by -99 is refused: it would leave 1 of KB-001 on hand while 4 are reserved for orders. Nothing changed."}
                """));

        Cli.Result result = cli().run("stock", "adjust", "KB-001", "--by", "-99", "--reason", "x");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("ordo: Adjusting KB-001 by -99 is refused").contains("4 are reserved")
                .endsWith("See the stock now with: ordo stock show KB-001\n");
    }

    @Test
    void ledger_prints_movements_newest_first_with_orders_and_people() {
        server.respond("GET", LEVELS + "/KB-001/ledger", StubResponse.fixture("stock-ledger-page.json"));

        Cli.Result result = cli().run("stock", "ledger", "KB-001");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("2026-03-01 10:15:00", "ADJUSTED", "-2", "stock-take (two broken), by alice")
                .contains("RESERVED", "order 6f1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
        assertThat(result.out().lines().filter(line -> line.contains("RESERVED")))
                .as("every quantity is signed, as the adjustments are").allMatch(line -> line.contains(" +1 "));
        assertThat(result.out().indexOf("ADJUSTED")).isLessThan(result.out().indexOf("RESERVED"));
    }

    @Test
    void reconcile_lists_the_drift_and_exits_5_and_repair_needs_a_confirmation() {
        server.respond("POST", "/api/v1/admin/inventory/reconcile", StubResponse.fixture("reconciliation.json"));

        Cli.Result report = cli().run("stock", "reconcile");
        Cli.Result unconfirmed = cli().run("stock", "reconcile", "--repair");

        assertThat(report.exitCode()).isEqualTo(5);
        assertThat(report.out()).contains("1 of 21 stock levels drifted", "MS-002", "105", "100",
                "Repair with: ordo stock reconcile --repair");
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("add --yes");
        assertThat(server.requests("/api/v1/admin/inventory/reconcile")).hasSize(1);
    }

    @Test
    void a_dry_run_import_lists_every_bad_row_by_line_and_exits_6() throws Exception {
        server.respond("POST", "/api/v1/admin/products/import", StubResponse.fixture("import-dry-run.json"));
        Path file = Files.writeString(home.resolve("catalogue.csv"), "sku,name,price,currency\nA,a,1,EUR\nB,b,abc,EUR\nC,c,2,EUR\n");

        Cli.Result result = cli().run("products", "import", file.toString(), "--dry-run");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.out()).contains("Dry run of " + file + ": 3 rows, 1 bad. Nothing was imported.")
                .containsPattern("\\s+3\\s+price\\s+must be a decimal amount");
        assertThat(result.err()).contains("1 of 3 rows", "Fix the lines listed above");
        assertThat(server.requests("/api/v1/admin/products/import").get(0).query()).containsEntry("dryRun", "true");
    }

    @Test
    void an_import_with_bad_rows_is_refused_whole_and_exits_6_and_a_clean_one_exits_0() throws Exception {
        server.respond("POST", "/api/v1/admin/inventory/import", StubResponse.problem(422, Fixtures.read("import-rejected.json")));
        Path file = Files.writeString(home.resolve("stock.json"), "[]");

        Cli.Result refused = cli().run("stock", "import", file.toString());
        server.respond("POST", "/api/v1/admin/inventory/import",
                StubResponse.json(200, "{\"dryRun\":false,\"rows\":3,\"invalid\":0,\"imported\":3,\"errors\":[]}"));
        Cli.Result imported = cli().run("stock", "import", file.toString(), "--output", "json");

        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.out()).contains("3 rows, 1 bad. Nothing was imported.", "price");
        assertThat(refused.err()).contains("nothing was imported");
        assertThat(server.requests("/api/v1/admin/inventory/import").get(0).header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("\"imported\" : 3");
    }

    @Test
    void the_bad_rows_of_an_import_are_listed_in_file_order() throws Exception {
        server.respond("POST", "/api/v1/admin/inventory/import", StubResponse.json(200, "{\"dryRun\":true,\"rows\":9,"
                + "\"invalid\":3,\"imported\":0,\"errors\":[{\"line\":7,\"field\":\"sku\",\"message\":\"unknown\"},"
                + "{\"line\":2,\"field\":\"quantity\",\"message\":\"not a number\"},"
                + "{\"line\":5,\"field\":\"reason\",\"message\":\"is required\"}]}"));
        Path file = Files.writeString(home.resolve("stock.json"), "[]");

        Cli.Result result = cli().run("stock", "import", file.toString(), "--dry-run");

        assertThat(result.out().indexOf("not a number")).isLessThan(result.out().indexOf("is required"));
        assertThat(result.out().indexOf("is required")).isLessThan(result.out().indexOf("unknown"));
    }

    @Test
    void an_import_of_a_file_that_is_missing_or_of_an_unknown_kind_is_a_usage_error() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.txt"), "sku\n");

        Cli.Result missing = cli().run("products", "import", home.resolve("nope.csv").toString());
        Cli.Result unknown = cli().run("products", "import", notes.toString());
        Cli.Result told = cli().run("products", "import", notes.toString(), "--format", "xml");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("add --format csv or --format json");
        assertThat(told.exitCode()).isEqualTo(2);
        assertThat(told.err()).contains("'xml' is not a file format; one of csv, json");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void an_export_goes_to_a_file_whole_or_to_standard_output() throws Exception {
        String csv = "id,status\r\n3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10,PAID\r\n";
        server.respond("GET", "/api/v1/admin/orders/export", new StubResponse(200, Map.of("Content-Type", "text/csv"), csv));
        Path file = home.resolve("orders.csv");

        Cli.Result toFile = cli().run("orders", "export", "--file", file.toString(), "--no-progress");
        Cli.Result toStdout = cli().run("orders", "export", "--format", "csv");

        assertThat(toFile.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(csv);
        assertThat(home.resolve("orders.csv.part")).doesNotExist();
        assertThat(toFile.err()).contains("Exported orders to " + file);
        assertThat(toStdout.out()).isEqualTo(csv);
        assertThat(server.requests("/api/v1/admin/orders/export").get(0).query()).containsEntry("format", "csv");
    }

    @Test
    void a_refused_export_leaves_no_file_behind() {
        server.respond("GET", "/api/v1/admin/products/export", StubResponse.problem(403, """
                {"type":"https://ordo.dev/problems/forbidden","title":"Not allowed","status":403,"detail":"Not allowed"}
                """));
        Path file = home.resolve("products.json");

        Cli.Result result = cli().run("products", "export", "--file", file.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(file).doesNotExist();
        assertThat(home.resolve("products.json.part")).doesNotExist();
    }

    @Test
    void a_big_file_shows_a_progress_bar_on_a_terminal_and_no_progress_or_a_redirected_stderr_hides_it() throws Exception {
        server.respond("POST", "/api/v1/admin/inventory/import",
                StubResponse.json(200, "{\"dryRun\":true,\"rows\":60000,\"invalid\":0,\"imported\":0,\"errors\":[]}"));
        Path file = Files.writeString(home.resolve("big.csv"), "sku,quantity,reason\n" + "KB-001,1,stock-take\n".repeat(60_000));

        Cli.Result shown = cli().withStderrOnTerminal().run("stock", "import", file.toString(), "--dry-run");
        Cli.Result hidden = cli().withStderrOnTerminal().run("stock", "import", file.toString(), "--dry-run", "--no-progress");
        Cli.Result redirected = cli().run("stock", "import", file.toString(), "--dry-run");

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.err()).contains("Checking", "100%", "KiB");
        assertThat(shown.out()).isEqualTo("Dry run of " + file + ": 60000 rows, 0 bad. Nothing was imported.\n");
        assertThat(hidden.err()).isEmpty();
        assertThat(redirected.err()).isEmpty();
        assertThat(redirected.out()).isEqualTo(shown.out());
        assertThat(server.requests("/api/v1/admin/inventory/import").get(0).body()).hasSize((int) Files.size(file));
    }
}
