package io.ordo.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.ordo.client.model.CatalogueProduct;
import io.ordo.client.model.ImportReport;
import io.ordo.client.model.LedgerEntry;
import io.ordo.client.model.ProductDraft;
import io.ordo.client.model.ReconciliationReport;
import io.ordo.client.model.StockAdjustment;
import io.ordo.client.model.ProductStock;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Stock and catalogue administration: stock levels, adjustments with a reason, ledgers and the
 * reconciliation (staff and admins; reconciliation admins only), products added and changed, and
 * bulk imports and exports of products, stock and orders (admins). Reach it through
 * {@link OrdoClient#inventory()}.
 *
 * <pre>{@code
 * InventoryApi inventory = ordo.inventory();
 * ProductStock level = inventory.stockLevel("KB-001");
 * inventory.adjustStock(level, -2, "stock-take", "two broken");   // refused if it moved meanwhile
 * ImportReport report = inventory.importProducts(Path.of("catalogue.csv"), DataFormat.CSV, true, bytes -> {});
 * }</pre>
 */
public final class InventoryApi {

    /** Imports and exports may take long on big files: headers must come within this. */
    private static final Duration BULK_TIMEOUT = Duration.ofMinutes(15);

    private final HttpTransport transport;
    private final Function<String, HttpRequest.Builder> authorized;

    InventoryApi(HttpTransport transport, Function<String, HttpRequest.Builder> authorized) {
        this.transport = transport;
        this.authorized = authorized;
    }

    public Page<ProductStock> stockLevels(StockLevelQuery query) {
        return transport.exchange(authorized.apply("api/v1/inventory/levels" + query.toQueryString()).GET().build(),
                transport.pageOf(ProductStock.class));
    }

    /** Every level from the query's page on, read page by page as the stream is consumed. */
    public Stream<ProductStock> allStockLevels(StockLevelQuery query) {
        return Paging.stream(query.cursor(), cursor -> stockLevels(query.after(cursor)));
    }

    public ProductStock stockLevel(String sku) {
        return transport.exchange(authorized.apply("api/v1/inventory/levels/" + path(sku)).GET().build(),
                transport.type(ProductStock.class));
    }

    /**
     * Counts stock in or out by hand, whatever the level is now. Refused (a
     * {@link ErrorKind#CONFLICT}, 409) if it would leave less on hand than is reserved, or less than none.
     *
     * @param change signed, not 0
     * @param note   may be null
     */
    public StockAdjustment adjustStock(String sku, int change, String reason, String note) {
        return adjust(sku, change, reason, note, OptionalLong.empty());
    }

    /**
     * Adjusts the level as it was read: refused with 412 (a {@link ErrorKind#CONFLICT}) if it moved since.
     */
    public StockAdjustment adjustStock(ProductStock asRead, int change, String reason, String note) {
        return adjust(asRead.sku(), change, reason, note, OptionalLong.of(asRead.version()));
    }

    private StockAdjustment adjust(String sku, int change, String reason, String note, OptionalLong version) {
        HttpRequest.Builder request = authorized.apply("api/v1/inventory/levels/" + path(sku) + "/adjustments")
                .header("Content-Type", "application/json")
                .POST(transport.jsonBody(new AdjustBody(change, reason, note)));
        version.ifPresent(v -> request.header("If-Match", "\"" + v + "\""));
        return transport.exchange(request.build(), transport.type(StockAdjustment.class));
    }

    /** A product's ledger, newest movement first. */
    public Page<LedgerEntry> ledger(String sku, int limit, String cursor) {
        String query = new QueryString().add("limit", limit).add("cursor", cursor).toString();
        return transport.exchange(authorized.apply("api/v1/inventory/levels/" + path(sku) + "/ledger" + query).GET().build(),
                transport.pageOf(LedgerEntry.class));
    }

    public Stream<LedgerEntry> allLedger(String sku, int pageSize) {
        return Paging.stream(null, cursor -> ledger(sku, pageSize, cursor));
    }

    /** Checks every level against its ledger (admins); with {@code repair}, sets drifted levels back. */
    public ReconciliationReport reconcileStock(boolean repair) {
        return transport.exchange(authorized.apply("api/v1/admin/inventory/reconcile" + (repair ? "?repair=true" : ""))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), transport.type(ReconciliationReport.class));
    }

    public CatalogueProduct product(String sku) {
        return transport.exchange(authorized.apply("api/v1/admin/products/" + path(sku)).GET().build(),
                transport.type(CatalogueProduct.class));
    }

    /** Adds a product (admins); it starts with no stock. 409 if the SKU is taken. */
    public CatalogueProduct createProduct(ProductDraft draft) {
        return transport.exchange(authorized.apply("api/v1/admin/products").header("Content-Type", "application/json")
                .POST(transport.jsonBody(wire(draft))).build(), transport.type(CatalogueProduct.class));
    }

    /** Changes a product (admins): the whole product is sent; its SKU never changes. */
    public CatalogueProduct updateProduct(String sku, ProductDraft draft) {
        return transport.exchange(authorized.apply("api/v1/admin/products/" + path(sku)).header("Content-Type", "application/json")
                .PUT(transport.jsonBody(wire(draft))).build(), transport.type(CatalogueProduct.class));
    }

    /**
     * Imports products from a file, all or nothing: new SKUs are added, known ones changed.
     *
     * @param progress told the number of bytes sent so far, as they go
     * @return the report; after a dry run it lists every bad row and nothing changed
     * @throws ImportRejectedException if rows are bad (not a dry run): nothing was imported
     */
    public ImportReport importProducts(Path file, DataFormat format, boolean dryRun, LongConsumer progress) {
        return upload("api/v1/admin/products/import", file, format, dryRun, progress);
    }

    /** Imports stock movements (adjustments and receipts) from a file, all or nothing, like {@link #importProducts}. */
    public ImportReport importStock(Path file, DataFormat format, boolean dryRun, LongConsumer progress) {
        return upload("api/v1/admin/inventory/import", file, format, dryRun, progress);
    }

    /** Writes every product to {@code out} as it arrives; returns the bytes written. */
    public long exportProducts(DataFormat format, OutputStream out, LongConsumer progress) {
        return download("api/v1/admin/products/export", format, out, progress);
    }

    public long exportStock(DataFormat format, OutputStream out, LongConsumer progress) {
        return download("api/v1/admin/inventory/export", format, out, progress);
    }

    public long exportOrders(DataFormat format, OutputStream out, LongConsumer progress) {
        return download("api/v1/admin/orders/export", format, out, progress);
    }

    private ImportReport upload(String path, Path file, DataFormat format, boolean dryRun, LongConsumer progress) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new Counting(Files.newInputStream(file), progress);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }), size);
        HttpRequest request = authorized.apply(path + (dryRun ? "?dryRun=true" : ""))
                .timeout(BULK_TIMEOUT)
                .header("Content-Type", format.mediaType() + "; charset=UTF-8")
                .POST(body)
                .build();
        HttpResponse<byte[]> response = transport.send(request);
        if (HttpTransport.isSuccess(response)) {
            return transport.read(response, transport.type(ImportReport.class));
        }
        ApiException refusal = transport.errors().fromResponse(response);
        if (response.statusCode() == 422) {
            try {
                JsonNode report = transport.json().readTree(response.body()).get("report");
                if (report != null && report.isObject()) {
                    throw new ImportRejectedException(refusal, transport.json().treeToValue(report, ImportReport.class));
                }
            } catch (IOException unreadable) {
                // answered as the plain refusal below
            }
        }
        throw refusal;
    }

    private long download(String path, DataFormat format, OutputStream out, LongConsumer progress) {
        HttpRequest request = authorized.apply(path + "?format=" + format.name().toLowerCase(java.util.Locale.ROOT))
                .timeout(BULK_TIMEOUT)
                .header("Accept", format.mediaType() + ", application/problem+json")
                .GET()
                .build();
        HttpResponse<InputStream> response = transport.stream(request);
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = body.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                total += n;
                progress.accept(total);
            }
            out.flush();
            return total;
        } catch (IOException e) {
            throw ApiErrors.fromFailedExchange(transport.server(), e);
        }
    }

    private static String path(String sku) {
        Objects.requireNonNull(sku, "sku");
        return QueryString.encode(sku).replace("+", "%20");
    }

    /** Money as the API takes it in a product: the amount as a string beside its currency. */
    private static Object wire(ProductDraft draft) {
        return new DraftBody(draft.sku(), draft.name(), draft.description(),
                draft.price() == null ? null : new PriceBody(draft.price().amount().toPlainString(),
                        draft.price().currency().getCurrencyCode()),
                draft.active(), draft.lowStockThreshold());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record AdjustBody(int change, String reason, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record DraftBody(String sku, String name, String description, PriceBody price, Boolean active,
                             Integer lowStockThreshold) {
    }

    private record PriceBody(String amount, String currency) {
    }

    /** Tells how many bytes were read so far. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
