package io.ordo.inventory.api;

import io.ordo.inventory.application.CatalogueAdministration;
import io.ordo.inventory.application.ImportReport;
import io.ordo.inventory.application.ImportRow;
import io.ordo.inventory.application.ProductInput;
import io.ordo.inventory.application.ProductQueries;
import io.ordo.inventory.application.ProductRecord;
import io.ordo.platform.export.ExportFormat;
import io.ordo.platform.export.RecordExport;
import io.ordo.platform.paging.Page;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.security.Roles;
import io.ordo.platform.web.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue as admins manage it: add and change products, import many at once (all or
 * nothing), export them all. A product's fields are the columns of an import and an export.
 */
@Path("admin/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Tag(name = "admin")
public class AdminProductResource {

    /**
     * A product's path: any SKU but the two names of the operations beside it, so that the routing
     * and the document agree that {@code /admin/products/export} is the export, never a product.
     */
    static final String SKU_PATH = "^(?!(?:import|export)$)[A-Za-z0-9._-]{1,64}$";
    private static final String SKU_TEMPLATE = "{sku: (?!(?:import|export)$)[^/]+}";

    @Inject
    CatalogueAdministration administration;

    @Inject
    ProductQueries queries;

    @Inject
    @ConfigProperty(name = ImportBody.MAX_BYTES_PROPERTY, defaultValue = "16777216")
    long importMaxBytes;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProduct", summary = "Add a product; it starts with no stock",
            description = "sku, name and price (with currency) are required; active defaults to true, "
                    + "lowStockThreshold to 5. 409 if the SKU is taken.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductRecord.class)),
            headers = @Header(name = HttpHeaders.LOCATION, required = true, schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "The SKU is taken")
    public Response create(ProductRequest body) {
        ProductInput.Checked product = CatalogueAdministration.checked(row(body, null));
        administration.create(product);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(product.sku()).build())
                .entity(queries.record(product.sku()).orElseThrow()).build();
    }

    @GET
    @Path(SKU_TEMPLATE)
    @Operation(operationId = "getProduct", summary = "One product as admins manage it, inactive ones included")
    public ProductRecord get(@Parameter(description = "the product's SKU; import and export name the operations beside",
                       schema = @Schema(type = SchemaType.STRING, pattern = AdminProductResource.SKU_PATH))
                       @PathParam("sku") String sku) {
        return queries.record(sku).orElseThrow(() -> StockResource.notFound(sku));
    }

    @PUT
    @Path(SKU_TEMPLATE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateProduct", summary = "Change a product's name, description, price, active flag or threshold",
            description = "The whole product is sent; the SKU never changes. Orders already placed keep their prices.")
    public ProductRecord update(@Parameter(description = "the product's SKU; import and export name the operations beside",
                       schema = @Schema(type = SchemaType.STRING, pattern = AdminProductResource.SKU_PATH))
                       @PathParam("sku") String sku, ProductRequest body) {
        if (body != null && body.sku() != null && !body.sku().equals(sku)) {
            throw new ProblemException(ProblemType.VALIDATION, "The body's sku " + body.sku() + " is not the path's " + sku
                    + ": a SKU never changes.");
        }
        administration.update(CatalogueAdministration.checked(row(body, sku)));
        return queries.record(sku).orElseThrow();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @BodyLimit(property = ImportBody.MAX_BYTES_PROPERTY, bytes = 16 * 1024 * 1024)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(operationId = "importProducts", summary = "Import products (new ones added, known ones changed), all or nothing",
            description = "CSV with a header (sku,name,description,price,currency,active,lowStockThreshold) or a JSON "
                    + "array of such objects: what the export writes. dryRun=true checks every row and changes nothing. "
                    + "Any bad row: 422 with every bad row by line, nothing imported.")
    @APIResponse(responseCode = "200", description = "The dry run's or the import's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are not valid (every one listed by line); nothing was imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ImportAnswers.ImportProblem.class)))
    public Response importProducts(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun,
                                   @RequestBody(required = true, description = "the rows: CSV with a header line, or a JSON array of objects",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                                        description = "flat objects whose members are the columns"))})
                                  InputStream body) {
        boolean dry = StockResource.flag("dryRun", dryRun);
        return ImportBody.imported(headers.getMediaType(), body, ProductInput.COLUMNS, importMaxBytes,
                rows -> ImportAnswers.of(administration.importProducts(rows, dry)));
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "exportProducts", summary = "Every product as CSV or JSON, streamed; the same columns an import takes",
            description = "format=csv|json, else the Accept header, else JSON.")
    @APIResponse(responseCode = "200", description = "Every record, as a download",
            headers = @Header(name = "Content-Disposition", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = ProductRecord.class)),
                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response export(@Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
        ExportFormat answer = ExportFormat.requested(format, headers.getAcceptableMediaTypes());
        return new RecordExport<>(ProductRecord.class, (cursor, limit) -> Page.fromOverfetch(
                queries.records(cursor, limit + 1), limit, ProductRecord::sku)).response(answer, "products");
    }

    /** A product as sent: the price as an amount string with its currency, as the API writes money. */
    public record ProductRequest(String sku, String name, String description, Price price, Boolean active,
                                 Integer lowStockThreshold) {
        public record Price(String amount, String currency) {
        }
    }

    private static ImportRow row(ProductRequest body, String pathSku) {
        if (body == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Send the product in the body.");
        }
        Map<String, String> values = new HashMap<>();
        values.put("sku", pathSku != null ? pathSku : body.sku());
        values.put("name", body.name());
        values.put("description", body.description());
        values.put("price", body.price() == null ? null : body.price().amount());
        values.put("currency", body.price() == null ? null : body.price().currency());
        values.put("active", body.active() == null ? null : body.active().toString());
        values.put("lowStockThreshold", body.lowStockThreshold() == null ? null : body.lowStockThreshold().toString());
        return new ImportRow(0, values);
    }
}
